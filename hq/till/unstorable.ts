import type { OutboxItem } from '../../shared/office/till-api';

/** A NUL, or half of a UTF-16 pair without its other half: text and jsonb refuse both. */
// eslint-disable-next-line no-control-regex -- finding the NUL is the point
const unholdable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const unholdableText = new RegExp(unholdable.source, 'u');

function hasUnholdable(value: unknown): boolean {
  if (typeof value === 'string') return unholdableText.test(value);
  if (Array.isArray(value)) return value.some(hasUnholdable);
  if (value !== null && typeof value === 'object') return Object.entries(value).some(([key, item]) => unholdableText.test(key) || hasUnholdable(item));
  return false;
}

/** The contract's times have four-digit years; PostgreSQL knows no year 0 (1 BC comes before 1 AD). */
const inCalendar = (time: string) => !time.startsWith('0000');

const int32 = (value: number | null) => value === null || (value >= -(2 ** 31) && value < 2 ** 31);

/** A text as PostgreSQL can hold it: U+FFFD in place of what it refuses. */
export const holdableText = (text: string) => text.replace(unholdable, '\uFFFD');

/** The value with every text made holdable (U+FFFD in place of what PostgreSQL refuses). */
function holdable(value: unknown): unknown {
  if (typeof value === 'string') return holdableText(value);
  if (Array.isArray(value)) return value.map(holdable);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [holdable(key), holdable(item)]));
  return value;
}

/**
 * Whether PostgreSQL could hold the item: the contract allows texts with a NUL or a lone UTF-16
 * half, whole numbers past the integer columns and the year 0000. Such an item would fail its whole batch on
 * every push and the till would never get past it, so it is refused on its own.
 */
export function storable(item: OutboxItem): boolean {
  if (hasUnholdable(item)) return false;
  switch (item.type) {
    case 'document':
      return [item.document.deviceDocumentNumber, item.document.deviceShiftDocumentNumber].every(int32) && [item.document.createdAt, item.document.settledAt].every(inCalendar);
    case 'zReport':
      return int32(item.zReport.differences) && inCalendar(item.zReport.closedAt);
    case 'mismatch':
      return inCalendar(item.mismatch.at);
    case 'audit':
      return inCalendar(item.audit.at);
    case 'shiftOpening':
      return inCalendar(item.shiftOpening.at);
  }
}

/** The item as the conflicts table can keep it. */
export function keepable(item: OutboxItem): string {
  return JSON.stringify(holdable(item));
}
