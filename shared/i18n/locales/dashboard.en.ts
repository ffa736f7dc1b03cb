/** The manager's dashboard: the takings of the shift or of a day, hour by hour. */
export const dashboardEn = {
  nav: 'Dashboard',
  period: 'Period',
  scope: {
    shift: 'Current shift',
    day: 'Day',
  },
  previousDay: 'Previous day',
  nextDay: 'Next day',
  today: 'Today',
  chooseDay: 'Choose a day',
  clock: 'Hours on the device’s clock ({{offset}})',
  table: 'Table',
  loading: 'Counting…',
  tiles: {
    net: 'Sales',
    netNote: 'after refunds',
    receipts: 'Receipts',
    rolledBack: 'cancelled: {{count}}',
    average: 'Average receipt',
    refunds: 'Refunds',
    refundCount: 'count: {{count}}',
  },
  hours: {
    title: 'Sales by hour',
    hour: 'Hour',
    sales: 'Sales',
    refunds: 'Refunds',
    net: 'Net',
    receipts: 'Receipts',
  },
  tenders: {
    title: 'Payment types',
    tender: 'Payment type',
    amount: 'Amount',
    share: 'Share',
  },
  top: {
    title: 'Top products',
    byAmount: 'By amount',
    byQuantity: 'By quantity',
    product: 'Product',
    quantity: 'Quantity',
    amount: 'Amount',
  },
  other: 'Not in sales',
  empty: {
    shift: 'No sales in this shift yet.',
    day: 'No sales on this day.',
  },
  unsettled: 'Not yet confirmed by the device, so not counted: {{count}}',
};

export type DashboardTexts = typeof dashboardEn;
