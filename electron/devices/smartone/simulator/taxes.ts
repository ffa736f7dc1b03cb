import type { Item } from './requests';
import type { BookedTax } from './memory';
import { refuse } from './refusal';

/** The AZ tax groups the device is registered with (spec §4): full name → percent ×100. */
const registered = new Map<string, number>([
  ['ƏDV 18%', 1800],
  ['Ticarət əlavəsi 18%', 1800],
  ['ƏDV-dən azad', 0],
  ['ƏDV 0%', 0],
  ['SV-2%', 200],
  ['SV-8%', 800],
]);
const acceptedPercents = new Set(registered.values());
const tradeMarkup = 'Ticarət əlavəsi 18%';

/** The tax inside a gross amount at a percent ×100, half up to the qəpik. */
export function includedTax(gross: number, taxPrc: number): number {
  return Math.floor((gross * taxPrc * 2 + (10_000 + taxPrc)) / ((10_000 + taxPrc) * 2));
}

/** Code 12: a percent the device does not take; 16: a group whose percent is not its own; 3: trade markup without its margin. */
export function checkItemTaxes(item: Item): void {
  if (item.itemTaxes.length !== 1) refuse(16, `item ${item.itemId}: one tax group per item`);
  const tax = item.itemTaxes[0]!;
  if (!acceptedPercents.has(tax.taxPrc)) refuse(12, `unacceptable tax percentage ${tax.taxPrc}`);
  const name = tax.fullName ?? tax.taxName ?? '';
  if (registered.get(name) !== tax.taxPrc) refuse(16, `incorrect tax percentage ${tax.taxPrc} for ${name}`);
  if (name === tradeMarkup && (item.itemMarginPrice === undefined || item.itemMarginSum === undefined)) refuse(3, `item ${item.itemId}: trade markup needs itemMarginPrice and itemMarginSum`);
}

/** A document's tax groups: gross and tax per group, computed once per group. */
export function taxesOf(items: readonly Item[]): BookedTax[] {
  const groups = new Map<string, BookedTax>();
  for (const item of items) {
    const tax = item.itemTaxes[0]!;
    const fullName = tax.fullName ?? tax.taxName ?? '';
    const group = groups.get(fullName) ?? { taxPrc: tax.taxPrc, fullName, gross: 0, tax: 0 };
    group.gross += item.itemAmount - item.discount;
    groups.set(fullName, group);
  }
  return [...groups.values()].map((g) => ({ ...g, tax: includedTax(g.gross, g.taxPrc) }));
}
