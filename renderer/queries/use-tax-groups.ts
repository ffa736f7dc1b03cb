import { VatRate } from '../../shared/fiscal/catalogue-types';
import { useDeviceStatus } from './use-device-status';

/** The tax groups the active device takes, in the catalogue's order; none until its status is known. */
export function useTaxGroups(): VatRate[] {
  const groups = useDeviceStatus().data?.capabilities?.taxGroups ?? [];
  return VatRate.options.filter((group) => groups.includes(group));
}
