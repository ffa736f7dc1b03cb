import type { VatRate } from '../../shared/fiscal/catalogue-types';

/** Written out so each translation key can be found in the source. */
export const vatRateKey = {
  vat18: 'flows.vat.vat18',
  tradeVat18: 'flows.vat.tradeVat18',
  vatFree: 'flows.vat.vatFree',
  vat0: 'flows.vat.vat0',
  simplified2: 'flows.vat.simplified2',
  simplified8: 'flows.vat.simplified8',
} as const satisfies Record<VatRate, `flows.vat.${VatRate}`>;
