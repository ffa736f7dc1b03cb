/**
 * What the cashier reads when the SmartX register refuses with a cashier-facing result code
 * (shared/devices/smartx/error-keys.ts): what happened, then what to do.
 */
export const smartxErrorsEn = {
  c399: { explanation: 'The register reported an error without saying which.', action: 'Look at the register’s screen, fix what it shows, then repeat.' },
  c400: { explanation: 'The shift on the register is closed.', action: 'Open a shift, then repeat.' },
  c401: { explanation: 'The app is not signed in to the register.', action: 'Check the register’s PIN in Settings, then repeat.' },
  c402: { explanation: 'An amount is below 0.01 BYN.', action: 'Check prices and payments, then repeat.' },
  c403: { explanation: 'A price is negative or too large for the register.', action: 'Correct the item’s price, then repeat.' },
  c404: { explanation: 'The receipt total came out negative: the discount is larger than the goods.', action: 'Reduce the discount, then repeat.' },
  c405: { explanation: 'The register did not accept the app’s sign-in.', action: 'Check the register’s PIN in Settings, then repeat.' },
  c406: { explanation: 'The shift on the register is already open.', action: 'Carry on selling: no need to open it again.' },
  c407: { explanation: 'The register’s certificate is not valid: its clock is wrong or the certificate has expired.', action: 'Check the date and time on the register; if they are right, call the service centre.' },
  c408: { explanation: 'The shift on the register is already closed.', action: 'Open a new shift to continue selling.' },
  c409: { explanation: 'The register is blocked or not set up.', action: 'Call the manager or the service centre.' },
  c410: { explanation: 'A card sale on the register was paid but not finished.', action: 'Finish that sale on the register itself, then repeat.' },
  c411: { explanation: 'There is no receipt the register can annul: only the last receipt of the shift can be.', action: 'Make a refund instead.' },
  c412: { explanation: 'The shift has been open for more than 24 hours, which the law does not allow.', action: 'Close the shift with a Z report, then open a new one.' },
  c414: { explanation: 'An amount is larger than the register allows.', action: 'Split the sale or correct the amount, then repeat.' },
  c415: { explanation: 'A quantity is below 0.001.', action: 'Correct the quantity, then repeat.' },
  c416: { explanation: 'A quantity is above 9999.999.', action: 'Split the line into several, then repeat.' },
  c418: { explanation: 'A card refund needs the RRN of the card payment.', action: 'Enter the RRN from the card slip, then repeat.' },
  c435: { explanation: 'No cashier name was sent to the register.', action: 'Sign in again with your name, then repeat.' },
};
