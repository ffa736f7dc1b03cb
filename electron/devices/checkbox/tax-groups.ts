import type { TaxRow } from './answers';

/** The Ukrainian tax groups of the app (shared/fiscal/catalogue-types.ts) this driver can place in a Checkbox tax table. */
export const checkboxTaxGroups = ['vat20', 'vat14', 'vat7', 'vat0', 'vatFree'] as const;
export type CheckboxTaxGroup = (typeof checkboxTaxGroups)[number];

const withoutVat = /без\s*пдв/i;

/** Whether a row of the organisation's table is the group: by rate and label, never by its code. */
function matches(group: CheckboxTaxGroup, row: TaxRow): boolean {
  const extra = row.extra_rate ?? 0;
  const free = row.no_vat === true || withoutVat.test(row.label);
  if (extra !== 0) return false;
  switch (group) {
    case 'vat20':
      return row.rate === 20 && !free;
    case 'vat14':
      return row.rate === 14 && !free;
    case 'vat7':
      return row.rate === 7 && !free;
    case 'vat0':
      return row.rate === 0 && !free && /пдв/i.test(row.label);
    case 'vatFree':
      return row.rate === 0 && free;
  }
}

function isGroup(group: string): group is CheckboxTaxGroup {
  return (checkboxTaxGroups as readonly string[]).includes(group);
}

/**
 * The organisation's tax code for one of our groups, read from its live table (GET /tax): the
 * codes are set per organisation in the Checkbox cabinet (ambiguity A4), so a table that numbers
 * them differently still maps 20 % to 20 %. Where two rows match, the lowest code wins. Undefined
 * when the table has no such row, or the group is not Ukrainian.
 */
export function taxCodeOf(group: string, table: readonly TaxRow[]): number | undefined {
  if (!isGroup(group)) return undefined;
  const codes = table.filter((row) => matches(group, row)).map((row) => row.code);
  return codes.length === 0 ? undefined : Math.min(...codes);
}

/** The organisation's excise code (a row with an extra rate and no VAT of its own, "Акциз"), lowest first. */
export function exciseCodeOf(table: readonly TaxRow[]): number | undefined {
  const codes = table.filter((row) => (row.extra_rate ?? 0) > 0 && row.rate === 0).map((row) => row.code);
  return codes.length === 0 ? undefined : Math.min(...codes);
}

/** Our group of a row of the table, for reading the service's reports back; undefined for rows we never send (excise, levies). */
export function groupOfRow(row: Pick<TaxRow, 'rate' | 'label' | 'no_vat'> & { extra_rate?: number | null }): CheckboxTaxGroup | undefined {
  return checkboxTaxGroups.find((group) => matches(group, { code: 0, symbol: null, ...row }));
}
