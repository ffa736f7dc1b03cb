import type { BookedTenders } from './memory';
import { refuse } from './refusal';
import { DocTime, type Payments, type SaleRequest } from './requests';
import { checkItemTaxes, taxesOf } from './taxes';

/** Code 11: change only from cash; 8: not fully paid. Cash kept = amount minus the rest. */
export function bookedTenders(amount: number, payments: Payments): BookedTenders {
  const nonCash = payments.cashlessAmount + payments.bonusesAmount + payments.creditAmount + payments.prepaymentAmount + payments.prepaymentCashlessAmount;
  if (nonCash > amount) refuse(11, 'change can only be given in cash');
  if (nonCash + payments.cashAmount < amount) refuse(8, 'document is not fully paid');
  return {
    cash: amount - nonCash,
    cashless: payments.cashlessAmount,
    bonus: payments.bonusesAmount,
    credit: payments.creditAmount,
    prepayment: payments.prepaymentAmount + payments.prepaymentCashlessAmount,
  };
}

/** The receipt checks shared by sale and refund: date, taxes, amount = Σ positions (code 4), payments. */
export function checkReceipt(request: SaleRequest) {
  if (request.docTime !== undefined && !DocTime.safeParse(request.docTime).success) refuse(14, 'invalid date format, expected yyyy-MM-dd HH:mm:ss');
  request.items.forEach(checkItemTaxes);
  const positions = request.items.reduce((sum, item) => sum + item.itemAmount - item.discount, 0);
  if (request.items.some((item) => item.discount > item.itemAmount)) refuse(4, 'discount above the item amount');
  if (positions !== request.amount) refuse(4, `document amount ${request.amount} is not the sum of positions ${positions}`);
  return {
    amount: request.amount,
    tenders: bookedTenders(request.amount, request.payments),
    taxes: taxesOf(request.items),
    items: request.items.map(({ itemId, itemName, itemQty, itemAmount, discount }) => ({ itemId, itemName, itemQty, itemAmount: itemAmount - discount })),
  };
}
