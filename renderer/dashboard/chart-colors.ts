import type { Tender } from '../../shared/fiscal/documents';

/** SVG fills are attributes, not CSS: the palette is written out, matching styles.css. */
export const chartColors = {
  sales: '#0a6cff',
  refunds: '#d64545',
  grid: '#e3e8ed',
  axis: '#5a6875',
};

/** Told apart by colour and by the legend's order and names, which the table repeats. */
export const tenderColors: Record<Tender, string> = {
  cash: '#1f9d55',
  card: '#0a6cff',
  bonus: '#8e44ad',
  credit: '#d97706',
  prepayment: '#0e7490',
};
