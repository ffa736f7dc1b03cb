/** One row of an organisation's tax table as Checkbox keeps it (TaxModel): rates in percent. */
export interface SimTax {
  id: string;
  code: number;
  label: string;
  symbol: string;
  rate: number;
  extra_rate: number;
  included: boolean;
  no_vat: boolean;
  created_at: string;
}

const created = '2022-02-16T13:25:00+00:00';

function tax(code: number, label: string, symbol: string, rate: number, extra: number, noVat = false): SimTax {
  return { id: `00000000-0000-4000-8000-${String(code).padStart(12, '0')}`, code, label, symbol, rate, extra_rate: extra, included: true, no_vat: noVat, created_at: created };
}

/** The seed's example table (SEED, a shift's `taxes`): eight codes, A to З. */
export const seedTaxTable: readonly SimTax[] = [
  tax(1, 'ПДВ', 'А', 20, 0),
  tax(2, 'ПДВ 7%', 'Б', 7, 0),
  tax(3, 'ПДВ 14%', 'В', 14, 0),
  tax(4, 'ПДВ+Акциз', 'Г', 20, 5),
  tax(5, 'Акциз', 'Д', 0, 5),
  tax(6, 'ВЗ', 'Е', 1, 0),
  tax(7, 'ПДВ 0%', 'Ж', 0, 0),
  tax(8, 'Без ПДВ', 'З', 0, 0, true),
];

/** The same table with every code moved by `offset`, as another organisation may number it. */
export function renumbered(table: readonly SimTax[], offset: number): SimTax[] {
  return table.map((row) => tax(row.code + offset, row.label, row.symbol, row.rate, row.extra_rate, row.no_vat));
}
