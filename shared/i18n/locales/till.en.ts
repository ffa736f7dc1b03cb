/**
 * The drawer's cash (expected, counted blind at the Z, reasons and confirmations of cash in and
 * out), discount caps, what a receipt was paid with, and the audit log in words.
 * {{amount}}, {{limit}} and {{expected}} are formatted money.
 */
export const tillEn = {
  expected: {
    title: 'Cash expected in the drawer',
    openingFloat: 'Opening float',
    cashSales: 'Cash takings',
    cashRefunds: 'Cash refunds',
    cashIn: 'Cash in',
    cashOut: 'Cash out',
    expected: 'Expected in the drawer',
    explain: 'From the journal: the float, plus the cash kept from sales (change given back is not counted), minus refunds, plus cash in, minus cash out.',
  },
  movement: {
    reason: 'Reason',
    reasonHint: 'e.g. taken to the bank, supplier paid',
    reasonNeeded: 'Say why the cash is taken out.',
    next: 'Next',
    confirmTitle: 'Check the amount',
    confirmOut: 'Take {{amount}} out of the drawer?',
    confirmIn: 'Put {{amount}} into the drawer?',
    aboveLimit: 'This is more than {{limit}}, the amount above which the shop asks to check.',
    moreThanExpected: 'The drawer should hold only {{expected}}.',
    confirm: 'Yes, {{amount}}',
    back: 'Change',
  },
  count: {
    title: 'Cash counted in the drawer',
    hint: 'Count the cash in the drawer and enter it. What was expected is shown with the Z report.',
    needed: 'Enter the cash counted first.',
    counted: 'Cash counted',
    expected: 'Cash expected',
    over: 'Cash over',
    short: 'Cash short',
    agrees: 'Over or short',
  },
  discount: {
    aboveCap: 'More than {{cap}} %: a manager’s PIN will be asked.',
  },
  settings: {
    discountCap: 'Largest discount a cashier gives alone (%)',
    cashConfirmAbove: 'Confirm cash in or out above ({{currency}})',
  },
  receipt: {
    lineDiscount: 'discount {{amount}}',
    linePaid: 'paid {{amount}}',
    subtotal: 'Before discount',
    discount: 'Discount',
    paid: 'Total paid',
    tenders: 'Paid with',
    change: 'Change',
    refundPaid: 'Refunds what was paid for it: {{amount}}',
  },
  audit: {
    amount: 'Amount {{amount}}',
    number: 'document № {{number}}',
    zNumber: 'Z report № {{number}}',
    reason: 'reason: {{reason}}',
    discount: 'discount {{amount}}',
    approvedFor: 'for: {{action}}',
    attemptsLeft: 'attempts left: {{count}}',
    lockedUntil: 'locked until {{time}}',
    person: '{{name}} ({{role}})',
    pinChanged: 'PIN changed',
    deactivated: 'deactivated',
    device: 'device {{name}}',
  },
};
export type TillTexts = typeof tillEn;
