import { z } from 'zod';

/**
 * A Z report in the fiscal data operator's JSON (SmartOne's format), written from seed 001
 * (shared/docs/seeds/001_ae89844f51be6e54.txt): every field of its table, nothing else, money
 * as integer minor units. `location` is the one field the seed marks optional.
 */
const Int = z.number().int().safe();
const Count = Int.nonnegative();

const CountAmount = z.strictObject({ count: Count, amount: Int.nonnegative() });

const Payment = z.strictObject({
  /** "type of payment": CASH, CARD, … */
  type: z.string().min(1),
  amount: Int.nonnegative(),
});

const TaxTotal = z.strictObject({
  taxCode: z.string().min(1),
  /** Percent in hundredths: 2000 is 20 %. */
  taxRate: Int.nonnegative(),
  taxAmount: Int,
});

export const ZReportExportShape = z.strictObject({
  /** Shift number, unique for the device. */
  zNumber: Int,
  fiscalNum: Int,
  /** Numbers of the first and the last document of the shift. */
  firstNumber: Int,
  lastNumber: Int,
  cashier: z.string(),
  dateTime: z.iso.datetime(),
  currency: z.string().min(3).max(3),
  msgId: Int,
  totals: z.strictObject({ sale: CountAmount, deposit: CountAmount, refund: CountAmount, withdraw: CountAmount }),
  payments: z.strictObject({ sale: z.array(Payment), refund: z.array(Payment) }),
  taxTotals: z.strictObject({ sale: z.array(TaxTotal), refund: z.array(TaxTotal) }),
  identity: z.strictObject({
    /** "device token" */
    fn: z.string(),
    tin: z.string(),
    shopName: z.string(),
    shopAddress: z.string(),
  }),
  location: z.strictObject({ latitude: z.number(), longitude: z.number(), radius: Int }).optional(),
});

const paid = (payments: readonly { amount: number }[]) => payments.reduce((sum, p) => sum + p.amount, 0);

/**
 * The shape plus the seed's rules on amounts: a sale's and a refund's amount "should be equal to
 * the sum of all payments" of it. (The seed's own example breaks the refund rule: 10000 against
 * payments of 2300; the shape test reads it, this one refuses it.)
 */
export const ZReportExport = ZReportExportShape.superRefine((report, context) => {
  for (const kind of ['sale', 'refund'] as const) {
    if (report.totals[kind].amount !== paid(report.payments[kind])) {
      context.addIssue({ code: 'custom', path: ['totals', kind, 'amount'], message: `the ${kind} amount is not the sum of its payments` });
    }
  }
});
export type ZReportExport = z.infer<typeof ZReportExport>;
