/** The labels of the Checkbox settings form (descriptor.settingsForm). */
export const checkboxSettingsEn = {
  url: 'Service address (test or production)',
  signIn: { label: 'Sign in by', pin: 'PIN code with the licence key', login: 'Login and password' },
  login: 'Cashier login',
  licenseKey: 'Cash register licence key',
  pin: 'Cashier PIN code',
  password: 'Cashier password',
  accessKey: 'Integration key (if the account has one)',
};

export type CheckboxSettingsTexts = typeof checkboxSettingsEn;
