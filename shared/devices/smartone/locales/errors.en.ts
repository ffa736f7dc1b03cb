/**
 * What the cashier reads when the SmartOne device refuses with a cashier-facing code
 * (../error-keys.ts): what happened, then what to do. No technical terms.
 */
export const smartOneErrorsEn = {
  c1: { explanation: 'The device did not accept the app’s signature: the merchant ID in the settings is wrong.', action: 'Ask the manager to enter the merchant ID of this cash register in Settings.' },
  c6: { explanation: 'No shift is open on the cash register.', action: 'Open a shift, then repeat.' },
  c7: { explanation: 'The cash register does not take this way of paying.', action: 'Take the payment another way, for example in cash.' },
  c8: { explanation: 'The receipt is not fully paid.', action: 'Take the rest of the amount, then repeat.' },
  withdraw9: { explanation: 'There is less cash in the drawer than the amount to take out.', action: 'Check the cash in the drawer and take out a smaller amount.' },
  c11: { explanation: 'Change can only be given from cash: the card or other payment is more than the receipt.', action: 'Lower the card amount so that only cash is above the total.' },
  c12: { explanation: 'The cash register does not accept the tax rate of a product.', action: 'Ask the manager to check the product’s tax group.' },
  c13: { explanation: 'A loan repayment can be paid one way only.', action: 'Take the whole repayment in cash or the whole by card.' },
  c18: { explanation: 'A returned product is not on the original receipt.', action: 'Return only products from that receipt.' },
  c19: { explanation: 'More is being returned than was sold (minus earlier returns).', action: 'Lower the returned quantity.' },
  c22: { explanation: 'The shift has been open too long (more than 24 hours).', action: 'Take the Z report to close the shift, then open a new one.' },
  c24: { explanation: 'Open orders are left on the cash register, so the shift cannot close.', action: 'Finish or cancel the open orders, or ask the manager to close with them moved to the next shift.' },
  c26: { explanation: 'Nothing was sold in this shift, so the cash register does not close it.', action: 'Leave the shift open, or make a sale first.' },
  c27: { explanation: 'Cash is left in the drawer; the cash register closes the shift only after it is collected.', action: 'Take the cash out as a withdrawal, then close the shift.' },
  c36: { explanation: 'The receipt was already returned in part or in full, so it cannot be cancelled.', action: 'Make a return of the remaining products instead.' },
};
