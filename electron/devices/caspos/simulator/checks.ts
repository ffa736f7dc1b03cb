import { lineGross } from '../../../../shared/fiscal/receipt-math';
import { quantityScale } from '../../../../shared/fiscal/units';
import { CodeTypeNumber, vatTypes, type VatType } from '../enums';
import { fromWireMoney, fromWireQuantity } from '../wire-numbers';
import type { StoredItem, TenderSplit } from './memory';
import { refuse } from './refusal';

/**
 * The checks a real device makes before it fiscalises, as the document's error table names
 * them. Where the document names a check but not its rule, the rule chosen is written beside it.
 */
export interface WirePayments {
  cashPayment: number;
  cardPayment: number;
  bonusPayment?: number;
  creditPayment?: number;
  depositPayment?: number;
  rrn?: string;
}

export interface WireItem {
  name: string;
  code: string;
  quantity: number;
  salePrice: number;
  codeType: number;
  vatType: number;
  discountAmount?: number;
  sum?: number;
  itemUid?: string;
  markingCodes?: string[];
  markingCode?: string;
}

/** Marking codes (DataMatrix of excise goods) are 6 to 255 characters here; the document gives no figure. */
const markingCodeLength = { min: 6, max: 255 };
/** An RRN (retrieval reference number of ISO 8583) is 12 characters. */
const rrnLength = 12;
const maxCashierName = 128;
const maxItemName = 255;
const maxItemCode = 64;
const maxItems = 500;

export function checkVatType(vatType: number): VatType {
  if (!(vatTypes as readonly number[]).includes(vatType)) refuse(616);
  return vatType as VatType;
}

export function checkCashierName(name: string): void {
  if (name.length > maxCashierName) refuse(608);
}

export type LineRounding = 'halfUp' | 'halfEven';

/** quantity × price to the qəpik by the device's own rounding (its setting). */
function roundedGross(price: number, quantity: number, rounding: LineRounding): number {
  if (rounding === 'halfUp') return lineGross(price, quantity);
  const whole = Math.floor((price * quantity) / quantityScale);
  const rest = price * quantity - whole * quantityScale;
  if (rest * 2 !== quantityScale) return lineGross(price, quantity);
  return whole % 2 === 0 ? whole : whole + 1;
}

/** Items -> stored items with exact line totals; refuses empty lists and lines that do not add up. */
export function checkItems(items: WireItem[], rounding: LineRounding): StoredItem[] {
  if (items.length === 0) refuse(610);
  if (items.length > maxItems) refuse(620);
  return items.map((item) => {
    if (item.name.length === 0 || item.name.length > maxItemName) refuse(635);
    if (item.code.length > maxItemCode) refuse(609);
    if (!(Object.values(CodeTypeNumber) as number[]).includes(item.codeType)) refuse(612);
    const vatType = checkVatType(item.vatType);
    for (const code of [...(item.markingCodes ?? []), ...(item.markingCode ? [item.markingCode] : [])]) {
      if (code.length < markingCodeLength.min || code.length > markingCodeLength.max) refuse(622);
    }
    const quantity = fromWireQuantity(item.quantity);
    const price = fromWireMoney(item.salePrice);
    const discount = fromWireMoney(item.discountAmount ?? 0);
    const gross = roundedGross(price, quantity, rounding);
    const total = gross - discount;
    // 614: one line's own figures disagree (a discount above the line, or a sent sum that is not
    // quantity × price − discount rounded to the qəpik).
    if (total < 0) refuse(614);
    if (item.sum !== undefined && fromWireMoney(item.sum) !== total) refuse(614);
    return { name: item.name, code: item.code, itemUid: item.itemUid, quantity, price, total, vatType };
  });
}

export function itemsTotal(items: StoredItem[]): number {
  const total = items.reduce((sum, item) => sum + item.total, 0);
  // 611: the items do not add up to anything that can be paid.
  if (total <= 0) refuse(611);
  return total;
}

export function tendersOf(payments: WirePayments) {
  return {
    cash: fromWireMoney(payments.cashPayment),
    card: fromWireMoney(payments.cardPayment),
    bonus: fromWireMoney(payments.bonusPayment ?? 0),
    credit: fromWireMoney(payments.creditPayment ?? 0),
    prepayment: fromWireMoney(payments.depositPayment ?? 0),
  };
}

/**
 * 607: the payments do not cover the total. 629: they would need change from something other
 * than cash (the document: change is computed from the cash given). With `exact`, as for
 * refunds, any excess is 629: a refund gives no change.
 */
export function checkPayments(total: number, payments: WirePayments, exact = false): TenderSplit {
  const t = tendersOf(payments);
  const nonCash = t.card + t.bonus + t.credit + t.prepayment;
  if (t.cash + nonCash < total) refuse(607);
  if (nonCash > total) refuse(629);
  if (exact && t.cash + nonCash !== total) refuse(629);
  checkRrn(payments.rrn, t.card);
  return { cash: total - nonCash, cashless: t.card, bonus: t.bonus, credit: t.credit, prepayment: t.prepayment };
}

/** 646 for an RRN that is not 12 characters, 648 for an RRN without card money. Empty means none. */
export function checkRrn(rrn: string | undefined, card: number): void {
  if (!rrn) return;
  if (rrn.length !== rrnLength) refuse(646);
  if (card === 0) refuse(648);
}

export function vatGroups(items: StoredItem[]): { vatType: VatType; gross: number }[] {
  const groups = new Map<VatType, number>();
  for (const item of items) groups.set(item.vatType, (groups.get(item.vatType) ?? 0) + item.total);
  return [...groups].map(([vatType, gross]) => ({ vatType, gross }));
}
