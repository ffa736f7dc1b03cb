import { paperLabels } from './locales/paper-labels';
import type { PrintableReceipt } from './printable-receipt';

/** A receipt's text for a paper `width` in characters, line by line, without the QR code. */
export function receiptLines(receipt: PrintableReceipt, width: number): string[] {
  const labels = paperLabels[receipt.locale];
  const body = receipt.serviceText ? receipt.serviceText.flatMap((line) => wrap(line, width)) : composed(receipt, width);
  // The law wants the fiscal code on paper: a service text that leaves it out gets it at the end.
  const fiscal = receipt.fiscalCode && !body.some((line) => line.includes(receipt.fiscalCode!)) ? [pair(labels.fiscalCode, receipt.fiscalCode, width)] : [];
  const provisional = receipt.provisional ? wrap(labels.provisional, width) : [];
  // Above and below: a copy torn from either end still says so.
  const copy = receipt.copy ? [centred(`*** ${labels.copy} ***`, width)] : [];
  return [...copy, ...body, ...fiscal, ...provisional, ...copy];
}

/** Our own layout, where the fiscal service gives no text (offline, or unreachable at reprint). */
function composed(receipt: PrintableReceipt, width: number): string[] {
  const labels = paperLabels[receipt.locale];
  const money = (amount: number) => amountText(amount, receipt.minorUnit);
  const rule = '-'.repeat(width);
  const out: string[] = [...receipt.header.flatMap((line) => wrap(line, width).map((l) => centred(l, width)))];
  out.push(centred(labels.title[receipt.kind], width));
  if (receipt.number !== undefined) out.push(centred(`${labels.number} ${receipt.number}`, width));
  out.push(rule);
  for (const line of receipt.lines) {
    out.push(...wrap(line.name, width));
    out.push(pair(`  ${quantityText(line.quantity)} x ${money(line.price)}`, money(line.sum), width));
  }
  if (receipt.lines.length > 0) out.push(rule);
  out.push(pair(labels.total, money(receipt.total), width));
  if (receipt.rounding !== 0) out.push(pair(labels.rounding, money(receipt.rounding), width));
  for (const payment of receipt.payments) out.push(pair(payment.label || labels.tender[payment.tender], money(payment.amount), width));
  if (receipt.change > 0) out.push(pair(labels.change, money(receipt.change), width));
  out.push(rule);
  if (receipt.fiscalCode) out.push(pair(labels.fiscalCode, receipt.fiscalCode, width));
  out.push(dateText(receipt.issuedAt));
  return out;
}

/** Minor units as "123.45" (a receipt prints no currency sign: the register's currency is the law's). */
export function amountText(amount: number, minorUnit: number): string {
  const digits = String(minorUnit - 1).length;
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  return `${sign}${Math.floor(abs / minorUnit)}.${String(abs % minorUnit).padStart(digits, '0')}`;
}

function quantityText(thousandths: number): string {
  return `${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, '0')}`;
}

/** The instant as the Ukrainian receipt writes it, in the register's zone. */
function dateText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('uk-UA', { timeZone: 'Europe/Kyiv', dateStyle: 'short', timeStyle: 'medium' }).format(date);
}

/** A label on the left, its value on the right; a label too long for both is cut. */
export function pair(label: string, value: string, width: number): string {
  const room = Math.max(0, width - value.length - 1);
  const left = [...label].slice(0, room).join('');
  return `${left}${' '.repeat(Math.max(1, width - [...left].length - value.length))}${value}`;
}

function centred(text: string, width: number): string {
  const length = [...text].length;
  return length >= width ? text : `${' '.repeat(Math.floor((width - length) / 2))}${text}`;
}

/** Words to lines of at most `width` letters; a word longer than a line is broken. */
export function wrap(text: string, width: number): string[] {
  const trimmed = text.replace(/\s+$/, '');
  if ([...trimmed].length <= width) return [trimmed];
  const lines: string[] = [];
  let current = '';
  for (const word of trimmed.split(' ')) {
    let rest = word;
    while ([...rest].length > width) {
      if (current) lines.push(current);
      current = '';
      lines.push([...rest].slice(0, width).join(''));
      rest = [...rest].slice(width).join('');
    }
    const joined = current ? `${current} ${rest}` : rest;
    if ([...joined].length <= width) current = joined;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current) lines.push(current);
  return lines;
}
