/** The parts of a receipt's answer its text rendering prints. */
interface ReceiptView {
  type: string;
  serial: number;
  goods: { good: { name: string; price: number }; quantity: number; sum: number }[];
  payments: { type: string; value: number; label?: string | null }[];
  total_sum: number;
  round_sum: number;
  total_rest: number;
  fiscal_code: string | null;
  fiscal_date: string | null;
  created_at: string;
}

const money = (kopecks: number) => `${kopecks < 0 ? '-' : ''}${Math.floor(Math.abs(kopecks) / 100)}.${String(Math.abs(kopecks) % 100).padStart(2, '0')}`;

function pair(label: string, value: string, width: number): string {
  const left = label.slice(0, Math.max(0, width - value.length - 1));
  return `${left}${' '.repeat(Math.max(1, width - left.length - value.length))}${value}`;
}

/**
 * GET /receipts/{id}/text?width=N (default 42, 10-250, OAS 0.1.79): the receipt as the service
 * formats it for a printer, every line at most `width` characters. The real layout is the
 * service's; this one carries what a test reads back: the register, the goods, the total, the
 * payments, the fiscal code and the date.
 */
export function receiptText(view: ReceiptView, fiscalNumber: string, width: number): string {
  const rule = '-'.repeat(width);
  const lines = [`ФН ПРРО ${fiscalNumber}`, `ЧЕК № ${view.serial}`, rule];
  for (const good of view.goods) {
    lines.push(good.good.name.slice(0, width));
    lines.push(pair(`${(good.quantity / 1000).toFixed(3)} x ${money(good.good.price)}`, money(good.sum), width));
  }
  lines.push(rule, pair('СУМА', money(view.total_sum), width));
  if (view.round_sum !== 0) lines.push(pair('Заокруглення', money(view.round_sum), width));
  for (const payment of view.payments) lines.push(pair(payment.label ?? payment.type, money(Math.abs(payment.value)), width));
  if (view.total_rest > 0) lines.push(pair('Решта', money(view.total_rest), width));
  lines.push(rule, pair('ФН чека', view.fiscal_code ?? '', width), view.fiscal_date ?? view.created_at, view.type === 'SELL' ? 'ФІСКАЛЬНИЙ ЧЕК' : view.type);
  return lines.join('\n');
}
