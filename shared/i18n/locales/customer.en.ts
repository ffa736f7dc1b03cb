/** The customer-facing display, and its settings. */
export const customerEn = {
  welcome: 'Welcome',
  total: 'Total',
  discount: 'Discount',
  paid: 'Paid',
  change: 'Change',
  thanks: 'Thank you!',
  language: 'Customer display language',
  window: 'Customer display in a window of its own, on the second screen if there is one',
  address: 'In a browser the customer display is this page’s address with #customer at the end.',
};

export type CustomerTexts = typeof customerEn;
