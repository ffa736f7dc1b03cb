import { z } from 'zod';
import type { SendOutcome, StoredRequest } from '../driver';
import { lineGross } from '../../../shared/fiscal/receipt-math';
import { quantityScale } from '../../../shared/fiscal/units';
import { fromWireMoney, fromWireQuantity } from './wire-numbers';

/** 614, "invalid total sum in one item": one line's own figures disagree. */
export const lineSumCode = '614';

const Items = z.object({
  data: z.object({
    items: z.array(z.object({ name: z.string(), quantity: z.number(), salePrice: z.number(), discountAmount: z.number().optional(), sum: z.number().optional() })),
  }),
});

const decimal = (minor: number) => (minor / 100).toFixed(2);

/**
 * Which line a 614 is about, read from the bytes that were sent: a line whose sum needed
 * rounding (the exact product falls between two qəpik) is one a device may round otherwise;
 * a discount above its line is refused by any device. Both sums are named: Kassa's (half up,
 * receipt-math.ts) and the other rounding's, so the installer can let the device compute them.
 */
export function lineSumDetail(body: string): string | null {
  const parsed = Items.safeParse(JSON.parse(body));
  if (!parsed.success) return null;
  let rounded = false;
  const notes = parsed.data.data.items.flatMap((item, index) => {
    const price = fromWireMoney(item.salePrice);
    const quantity = fromWireQuantity(item.quantity);
    const discount = fromWireMoney(item.discountAmount ?? 0);
    const exact = price * quantity;
    const gross = lineGross(price, quantity);
    const ours = gross - discount;
    const line = `line ${index + 1} “${item.name}” (${item.quantity} × ${decimal(price)}${discount > 0 ? ` − ${decimal(discount)}` : ''})`;
    if (ours < 0) return [`${line}: the discount is more than the line`];
    if (exact % quantityScale === 0) return [];
    rounded = true;
    const down = Math.floor(exact / quantityScale);
    const other = (gross === down ? down + 1 : down) - discount;
    const sent = item.sum === undefined ? 'Kassa computes' : 'Kassa sent';
    return [`${line}: ${sent} ${decimal(ours)}, rounded the other way ${decimal(other)} (exact ${(exact / quantityScale / 100).toFixed(5).replace(/0+$/, '')})`];
  });
  if (notes.length === 0) return null;
  return `${notes.join('; ')}.${rounded ? ' A device that rounds otherwise takes the receipt when its line sums are set to “device”.' : ''}`;
}

/** A 614 refusal with the line and both sums beside the device's words; any other outcome as it was. */
export function withLineSumDetail(outcome: SendOutcome, request: StoredRequest): SendOutcome {
  if (outcome.kind !== 'rejected' || outcome.refusal.code !== lineSumCode) return outcome;
  const detail = lineSumDetail(request.body);
  if (!detail) return outcome;
  return { ...outcome, refusal: { ...outcome.refusal, deviceText: `${outcome.refusal.deviceText} — ${detail}` } };
}
