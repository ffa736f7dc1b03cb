import { useQuery } from '@tanstack/react-query';
import { shopSettingDefinitions } from '../../shared/settings';
import { call, useKassaApi } from '../kassa-api';

export const shopSettingsKey = ['settings.get'] as const;

export function useShopSettings() {
  const api = useKassaApi();
  return useQuery({ queryKey: shopSettingsKey, queryFn: () => call(api, 'settings.get', {}) });
}

/** Until the settings are read, the scanner works with the default gap. */
export function useScannerGap(): number {
  return useShopSettings().data?.scannerBurstGapMs ?? shopSettingDefinitions.scannerBurstGapMs.fallback;
}
