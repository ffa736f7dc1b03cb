/**
 * The Checkbox refusals a cashier can understand and act on at the counter, by the driver's key
 * (electron/devices/checkbox/error-codes.ts); each has an explanation and an action in
 * locales/errors.*.ts. Other keys go to the manager or support with the service's own words.
 */
export const checkboxErrorKeys = {
  shift_not_open: { explanation: 'checkbox.errors.shift_not_open.explanation', action: 'checkbox.errors.shift_not_open.action' },
  register_busy: { explanation: 'checkbox.errors.register_busy.explanation', action: 'checkbox.errors.register_busy.action' },
  underpaid: { explanation: 'checkbox.errors.underpaid.explanation', action: 'checkbox.errors.underpaid.action' },
  return_sum_mismatch: { explanation: 'checkbox.errors.return_sum_mismatch.explanation', action: 'checkbox.errors.return_sum_mismatch.action' },
  not_enough_cash: { explanation: 'checkbox.errors.not_enough_cash.explanation', action: 'checkbox.errors.not_enough_cash.action' },
  signer_down: { explanation: 'checkbox.errors.signer_down.explanation', action: 'checkbox.errors.signer_down.action' },
  auth_pin: { explanation: 'checkbox.errors.auth_pin.explanation', action: 'checkbox.errors.auth_pin.action' },
  auth_password: { explanation: 'checkbox.errors.auth_password.explanation', action: 'checkbox.errors.auth_password.action' },
  auth_license: { explanation: 'checkbox.errors.auth_license.explanation', action: 'checkbox.errors.auth_license.action' },
  auth_token: { explanation: 'checkbox.errors.auth_token.explanation', action: 'checkbox.errors.auth_token.action' },
  auth_deactivated: { explanation: 'checkbox.errors.auth_deactivated.explanation', action: 'checkbox.errors.auth_deactivated.action' },
  foreign_integration: { explanation: 'checkbox.errors.foreign_integration.explanation', action: 'checkbox.errors.foreign_integration.action' },
  maintenance: { explanation: 'checkbox.errors.maintenance.explanation', action: 'checkbox.errors.maintenance.action' },
  offline_limit_session: { explanation: 'checkbox.errors.offline_limit_session.explanation', action: 'checkbox.errors.offline_limit_session.action' },
  offline_limit_month: { explanation: 'checkbox.errors.offline_limit_month.explanation', action: 'checkbox.errors.offline_limit_month.action' },
  no_offline_codes: { explanation: 'checkbox.errors.no_offline_codes.explanation', action: 'checkbox.errors.no_offline_codes.action' },
  offline_waits_cash: { explanation: 'checkbox.errors.offline_waits_cash.explanation', action: 'checkbox.errors.offline_waits_cash.action' },
  offline_waits_z: { explanation: 'checkbox.errors.offline_waits_z.explanation', action: 'checkbox.errors.offline_waits_z.action' },
  offline_waits_float: { explanation: 'checkbox.errors.offline_waits_float.explanation', action: 'checkbox.errors.offline_waits_float.action' },
} as const;

export type CheckboxCashierKey = keyof typeof checkboxErrorKeys;

export function isCheckboxCashierKey(code: string): code is CheckboxCashierKey {
  return Object.hasOwn(checkboxErrorKeys, code);
}

/** The cashier's explanation of a Checkbox refusal key, or null when it is for the manager or support. */
export function checkboxCashierExplanation(code: string): { explanation: string; action: string } | null {
  return isCheckboxCashierKey(code) ? checkboxErrorKeys[code] : null;
}
