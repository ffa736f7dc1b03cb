import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, useKassaApi } from '../kassa-api';
import { ErrorText } from '../ui/ErrorText';

/** A new category by its name, beside the list it then filters. */
export function CategoryAdder() {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const add = useMutation({
    mutationFn: () => call(api, 'catalogue.saveCategory', { name: name.trim() }),
    onSuccess: () => {
      setName('');
      void client.invalidateQueries({ queryKey: ['catalogue.categories'] });
    },
  });
  return (
    <form
      className="category-adder"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() !== '') add.mutate();
      }}
    >
      <input value={name} onChange={(e) => setName(e.target.value)} maxLength={64} placeholder={t('products.newCategory')} aria-label={t('products.newCategory')} data-testid="category-name" />
      <button type="submit" className="touch" disabled={add.isPending || name.trim() === ''} data-testid="category-add">
        {t('products.addCategory')}
      </button>
      <ErrorText error={add.error} />
    </form>
  );
}
