import { z } from 'zod';
import { QuantityUnit } from '../fiscal/catalogue-types';
import { Money } from '../fiscal/units';

/** Net figures go below zero when refunds of earlier receipts exceed the period's sales. */
const SignedMoney = z.number().int().safe();
const SignedQuantity = z.number().int().safe();
const Count = z.number().int().nonnegative();

/** The current shift (since the last Z report), or a day of the shop's clock (`timeZone` of the answer). */
export const DashboardScope = z.discriminatedUnion('scope', [
  z.strictObject({ scope: z.literal('shift') }),
  z.strictObject({ scope: z.literal('day'), date: z.iso.date() }),
]);
export type DashboardScope = z.infer<typeof DashboardScope>;

export const HourFigures = z.object({
  /** `YYYY-MM-DDTHH` on the shop's clock. */
  hour: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}$/),
  sales: Money,
  refunds: Money,
  net: SignedMoney,
  receipts: Count,
});
export type HourFigures = z.infer<typeof HourFigures>;

export const TenderFigures = z.object({
  cash: SignedMoney,
  card: SignedMoney,
  bonus: SignedMoney,
  credit: SignedMoney,
  prepayment: SignedMoney,
});
export type TenderFigures = z.infer<typeof TenderFigures>;

/** A product as the receipts name it; quantity in thousandths of its unit, net of refunds. */
export const ProductFigures = z.object({
  name: z.string(),
  code: z.string(),
  unit: QuantityUnit,
  quantity: SignedQuantity,
  amount: SignedMoney,
});
export type ProductFigures = z.infer<typeof ProductFigures>;

const OperationFigures = z.object({ count: Count, total: SignedMoney });

export const DashboardSummary = z.object({
  /** The IANA zone of the shop's clock that days and hours are counted in. */
  timeZone: z.string(),
  totals: z.object({
    /** Sales minus refunds of sales. */
    net: SignedMoney,
    /** Receipts of the period that were not rolled back. */
    sales: Money,
    receipts: Count,
    refunds: Money,
    refundCount: Count,
    /** Sales cancelled by a rollback: in none of the figures. */
    rolledBack: Count,
    /** `sales / receipts`, half up to the minor unit; 0 without receipts. */
    averageReceipt: Money,
  }),
  /** Every hour from the first to the last with a sale or refund, empty hours included. */
  hours: z.array(HourFigures),
  /** How the net sales were paid; the tenders add up to `totals.net`. Cash is after change. */
  tenders: TenderFigures,
  topByAmount: z.array(ProductFigures),
  topByQuantity: z.array(ProductFigures),
  /** Money taken that is not a sale of goods, net of its refunds: counted apart, never in sales. */
  other: z.object({ prepayment: OperationFigures, creditPay: OperationFigures, correction: OperationFigures }),
  /** Documents of the period the device has not settled yet: not in any figure until it does. */
  unsettled: Count,
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;

/** The manager's view of the takings, computed from the journal's settled documents. */
export const dashboardChannels = {
  'dashboard.summary': { input: DashboardScope, output: DashboardSummary },
} as const;
