import type { VatRate } from '../fiscal/catalogue-types';

/** Written out so each translation key can be found in the source. */
export const vatRateKey = {
  vat18: 'flows.vat.vat18',
  tradeVat18: 'flows.vat.tradeVat18',
  vatFree: 'flows.vat.vatFree',
  vat0: 'flows.vat.vat0',
  simplified2: 'flows.vat.simplified2',
  simplified8: 'flows.vat.simplified8',
  vat20: 'flows.vat.vat20',
  vat14: 'flows.vat.vat14',
  vat10: 'flows.vat.vat10',
  vat7: 'flows.vat.vat7',
} as const satisfies Record<VatRate, `flows.vat.${VatRate}`>;
