import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locale';
import { call, useKassaApi } from '../kassa-api';

const key = ['settings.getLocale'] as const;

/** The locale lives in the main process's settings, so every window and restart agrees. */
export function useLocale() {
  const api = useKassaApi();
  const { i18n } = useTranslation();
  const client = useQueryClient();
  const query = useQuery({ queryKey: key, queryFn: () => call(api, 'settings.getLocale', {}) });
  const mutation = useMutation({
    mutationFn: (locale: Locale) => call(api, 'settings.setLocale', { locale }),
    onSuccess: (value) => client.setQueryData(key, value),
  });
  const locale = query.data?.locale;
  useEffect(() => {
    if (!locale) return;
    void i18n.changeLanguage(locale);
    document.documentElement.lang = locale;
  }, [i18n, locale]);
  return { locale, query, setLocale: mutation.mutate, setting: mutation.isPending };
}
