/**
 * What the cashier reads when Checkbox refuses an operation with one of the cashier-facing keys
 * (../error-keys.ts): what happened, then what to do. For the counter, no technical terms.
 */
export const checkboxErrorsEn = {
  shift_not_open: { explanation: 'No shift is open on the cash register.', action: 'Open a shift, then repeat.' },
  register_busy: { explanation: 'Another cashier is working on this cash register.', action: 'Ask that cashier to close the shift or sign out, or use your own register.' },
  underpaid: { explanation: 'The payment is less than the receipt total.', action: 'Take the missing amount, then repeat.' },
  return_sum_mismatch: { explanation: 'A return must pay back exactly the return total.', action: 'Set the refund to the return total, then repeat.' },
  not_enough_cash: { explanation: 'There is not that much cash in the register.', action: 'Take out less cash, or pay the refund by card.' },
  signer_down: { explanation: 'Checkbox Signature (the signing program) is not running.', action: 'Start Checkbox Signature on the signing computer, then repeat.' },
  auth_pin: { explanation: 'The cashier PIN code is wrong.', action: 'Ask the manager to check the PIN code in the device settings.' },
  auth_password: { explanation: 'The cashier login or password is wrong.', action: 'Ask the manager to check the login and password in the device settings.' },
  auth_license: { explanation: 'The licence key of the cash register is wrong.', action: 'Ask the manager to check the licence key in the device settings.' },
  auth_token: { explanation: 'Checkbox ended the cashier session and did not accept a new sign-in.', action: 'Ask the manager to check the cashier in the Checkbox cabinet.' },
  auth_deactivated: { explanation: 'This cashier is deactivated in Checkbox.', action: 'Ask the manager to activate the cashier in the Checkbox cabinet.' },
  foreign_integration: { explanation: 'The shift was opened in another program (Checkbox Kasa).', action: 'Close the shift in that program, then open it here.' },
  maintenance: { explanation: 'Checkbox is under maintenance for a while.', action: 'Wait: the receipt is kept and sent when the service is back.' },
  offline_limit_session: { explanation: 'The register has worked offline for 36 hours in a row, the most the law allows.', action: 'Restore the internet connection and go back online; receipts wait until then.' },
  offline_limit_month: { explanation: 'The register has used the 168 hours of offline work the law allows this month.', action: 'Restore the internet connection and go back online; receipts wait until then.' },
  no_offline_codes: { explanation: 'There are no offline fiscal numbers left on this register.', action: 'Go back online: the register reserves new numbers while online.' },
  offline_waits_cash: { explanation: 'Checkbox is offline: cash in and out are recorded only online, after the offline receipts are delivered.', action: 'Go back online (or wait until the service answers), then repeat; sales go on meanwhile.' },
  offline_waits_z: { explanation: 'Checkbox is offline: the Z report waits until the offline receipts are delivered to the tax service.', action: 'Go back online (or wait until the service answers), then close the shift.' },
  offline_waits_float: { explanation: 'Checkbox is offline: the shift can be opened offline, but the opening float goes in only online.', action: 'Open the shift with no float, and put the cash in once back online.' },
};

export type CheckboxErrorTexts = typeof checkboxErrorsEn;
