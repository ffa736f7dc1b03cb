import { z } from 'zod';
import type { PrintableKind, PrintableReceipt, PrintableTender } from '../../../shared/printing/printable-receipt';
import { ReceiptAnswer } from './answers';
import type { CheckboxClient } from './client';
import { receiptTextRendering } from './renderings';

/** A receipt's answer with what its paper needs beyond what the journal reads. */
const PrintAnswer = ReceiptAnswer.extend({
  goods: z.array(z.object({ good: z.object({ name: z.string(), price: z.number().int() }), quantity: z.number().int(), sum: z.number().int() })).nullish(),
  payments: z.array(z.object({ type: z.string(), value: z.number().int(), label: z.string().nullish() })).nullish(),
  total_rest: z.number().int().nullish(),
  shift: z.object({ id: z.string(), cash_register: z.object({ fiscal_number: z.string() }).nullish() }).nullish(),
});
type PrintAnswer = z.infer<typeof PrintAnswer>;

const kinds: Record<string, PrintableKind> = { SELL: 'sale', RETURN: 'return', SERVICE_IN: 'serviceIn', SERVICE_OUT: 'serviceOut' };
const tenders: Record<string, PrintableTender> = { CASH: 'cash', CASHLESS: 'card', CARD: 'card' };

function stored(raw: string | null): PrintAnswer | undefined {
  if (!raw) return undefined;
  try {
    const parsed = PrintAnswer.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The fiscalised receipt for the app's printer. Checkbox prints nothing itself, and its receipt
 * TEXT (GET /receipts/{id}/text?width=N) is the legally formatted one, laid out by the service
 * for the paper's width: it is printed where the service gives it. The figures, the fiscal code
 * and the tax link (the QR code) come from the receipt read again, so a receipt delivered after
 * an offline sale prints its link; where the service cannot be reached, from the journal's stored
 * answer, and the app's own layout stands in for the service's text.
 */
export async function printableReceipt(client: CheckboxClient, uuid: string, storedAnswer: string | null, columns: number): Promise<PrintableReceipt | null> {
  const fresh = await client.call('GET', `/receipts/${uuid}`, PrintAnswer);
  const receipt = fresh.kind === 'ok' ? fresh.value : stored(storedAnswer);
  if (!receipt || receipt.status !== 'DONE') return null;
  const kind = kinds[receipt.type];
  if (!kind) return null;
  const text = fresh.kind === 'ok' ? await receiptTextRendering(client, uuid, { width: columns }) : undefined;
  const fiscalNumber = receipt.shift?.cash_register?.fiscal_number;
  return {
    uuid,
    // The law's language for a Ukrainian PRRO receipt, whatever the cashier's screen speaks.
    locale: 'uk',
    kind,
    number: receipt.serial,
    issuedAt: receipt.fiscal_date ?? receipt.created_at,
    header: fiscalNumber ? [`ФН ПРРО ${fiscalNumber}`] : [],
    lines: (receipt.goods ?? []).map((g) => ({ name: g.good.name, quantity: g.quantity, price: g.good.price, sum: g.sum })),
    total: receipt.total_sum,
    rounding: receipt.round_sum ?? 0,
    payments: (receipt.payments ?? []).map((p) => ({ tender: tenders[p.type] ?? 'other', label: p.label ?? '', amount: Math.abs(p.value) })),
    change: receipt.total_rest ?? 0,
    minorUnit: 100,
    ...(receipt.fiscal_code ? { fiscalCode: receipt.fiscal_code } : {}),
    ...(receipt.tax_url ? { taxUrl: receipt.tax_url } : {}),
    provisional: receipt.is_created_offline === true && receipt.transaction?.status !== 'DONE',
    ...(text?.kind === 'ok' ? { serviceText: text.value.split(/\r?\n/) } : {}),
  };
}
