import type { CodeType, QuantityUnit, VatRate } from '../../../shared/fiscal/catalogue-types';
import type { MoneyBackType as DomainMoneyBackType } from '../../../shared/fiscal/documents';
import { UnmappableError } from '../driver';

/** The enums of the Caspos document ("Enum:" at its end), as the numbers the device expects. */
export const VatType = {
  Vat18: 1,
  TradeSupplement: 2,
  VatFree: 3,
  Vat0: 5,
  Simplified2: 6,
  Simplified8: 7,
} as const;
export type VatType = (typeof VatType)[keyof typeof VatType];
export const vatTypes = Object.values(VatType);

export const DocumentType = {
  Sale: 0,
  MoneyBack: 1,
  Deposit: 2,
  WithDraw: 3,
  XReport: 4,
  ZReport: 5,
  Correction: 6,
  RollBack: 7,
  Credit: 8,
  Prepayment: 9,
  CreditReturn: 10,
  PrepaymentReturn: 11,
} as const;
export type DocumentType = (typeof DocumentType)[keyof typeof DocumentType];

export const QuantityType = { Piece: 0, Kg: 1, Litre: 2, Metre: 3, SquareMetre: 4, CubicMetre: 5 } as const;
export type QuantityType = (typeof QuantityType)[keyof typeof QuantityType];

export const CodeTypeNumber = { PlainText: 0, Ean8: 1, Ean13: 2, Service: 3 } as const;
export type CodeTypeNumber = (typeof CodeTypeNumber)[keyof typeof CodeTypeNumber];

export const MoneyBackTypeNumber = { Sale: 0, Prepayment: 6, CreditPay: 7 } as const;
export type MoneyBackTypeNumber = (typeof MoneyBackTypeNumber)[keyof typeof MoneyBackTypeNumber];

/** Azerbaijan's groups; the others (Ukraine's, Belarus's rates) Caspos cannot take. */
const vatTypeByRate: Partial<Record<VatRate, VatType>> = {
  vat18: VatType.Vat18,
  tradeVat18: VatType.TradeSupplement,
  vatFree: VatType.VatFree,
  vat0: VatType.Vat0,
  simplified2: VatType.Simplified2,
  simplified8: VatType.Simplified8,
};

/** The device's number of a tax group; a group it has none for is refused before the journal stores the document. */
export function vatTypeOf(rate: VatRate): VatType {
  const type = vatTypeByRate[rate];
  if (type === undefined) throw new UnmappableError(`tax.${rate}`);
  return type;
}

export const vatRateOf: Record<VatType, VatRate> = {
  1: 'vat18',
  2: 'tradeVat18',
  3: 'vatFree',
  5: 'vat0',
  6: 'simplified2',
  7: 'simplified8',
};

export const quantityTypeOf: Record<QuantityUnit, QuantityType> = {
  piece: QuantityType.Piece,
  kg: QuantityType.Kg,
  litre: QuantityType.Litre,
  metre: QuantityType.Metre,
  m2: QuantityType.SquareMetre,
  m3: QuantityType.CubicMetre,
};

export const codeTypeOf: Record<CodeType, CodeTypeNumber> = {
  plain: CodeTypeNumber.PlainText,
  ean8: CodeTypeNumber.Ean8,
  ean13: CodeTypeNumber.Ean13,
  service: CodeTypeNumber.Service,
};

export const moneyBackTypeOf: Record<DomainMoneyBackType, MoneyBackTypeNumber> = {
  sale: MoneyBackTypeNumber.Sale,
  prepayment: MoneyBackTypeNumber.Prepayment,
  creditPay: MoneyBackTypeNumber.CreditPay,
};

/** Every operation of the document, by the name that goes in the request's `operation`. */
export const operations = [
  'toLogin',
  'toLogout',
  'getInfo',
  'getShiftStatus',
  'openShift',
  'closeShift',
  'deposit',
  'withDraw',
  'sale',
  'credit',
  'prepayment',
  'prepaymentProducts',
  'moneyBack',
  'correction',
  'rollBack',
  'getXReport',
  'printLastCheque',
  'getPeriodicZReport',
  'getControlTape',
  'isConnectedPrinter',
  'openCashbox',
] as const;
export type Operation = (typeof operations)[number];
