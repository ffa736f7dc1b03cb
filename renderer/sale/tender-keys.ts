import type { Tender } from '../../shared/fiscal/documents';

/** Written out so each translation key can be found in the source. */
export const tenderKey = {
  cash: 'payment.tender.cash',
  card: 'payment.tender.card',
  bonus: 'payment.tender.bonus',
  credit: 'payment.tender.credit',
  prepayment: 'payment.tender.prepayment',
} as const satisfies Record<Tender, `payment.tender.${Tender}`>;
