import type { VatRate } from '../../../shared/fiscal/catalogue-types';
import { UnmappableError } from '../driver';

/** One entry of an item's `itemTaxes` as the device takes it: percent ×100, calcType 1 = included. */
export interface ItemTax {
  taxName: string;
  fullName: string;
  taxPrc: number;
  calcType: number;
}

/**
 * The Azerbaijani regimes as the spec's table (§4) gives them, from INTEK's values. The names of
 * VAT 0 % and the calcType of the simplified tax are not confirmed (B5): INTEK sends 1 for all.
 */
const itemTaxByRate: Partial<Record<VatRate, ItemTax>> = {
  vat18: { taxName: 'ƏDV', fullName: 'ƏDV 18%', taxPrc: 1800, calcType: 1 },
  tradeVat18: { taxName: 'Ticarət əlavəsi', fullName: 'Ticarət əlavəsi 18%', taxPrc: 1800, calcType: 1 },
  vatFree: { taxName: 'ƏDV-dən azad', fullName: 'ƏDV-dən azad', taxPrc: 0, calcType: 1 },
  vat0: { taxName: 'ƏDV', fullName: 'ƏDV 0%', taxPrc: 0, calcType: 1 },
  simplified2: { taxName: 'SV', fullName: 'SV-2%', taxPrc: 200, calcType: 1 },
  simplified8: { taxName: 'SV', fullName: 'SV-8%', taxPrc: 800, calcType: 1 },
};

/** The device's tax entry of a group; a group outside Azerbaijan's is refused before the journal stores the document. */
export function itemTaxOf(rate: VatRate): ItemTax {
  const tax = itemTaxByRate[rate];
  if (tax === undefined) throw new UnmappableError(`tax.${rate}`);
  return tax;
}

/**
 * A report's VAT line back to a percent as the app keys it (null: exempt). 0 % and exempt share
 * taxPrc 0 on the device; only the name tells them apart.
 */
export function reportPercent(vatPercent: number, fullName: string | undefined): number | null {
  if (vatPercent === 0 && fullName === itemTaxOf('vatFree').fullName) return null;
  return vatPercent / 100;
}
