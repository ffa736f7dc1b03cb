/** The labels of the Checkbox settings form (descriptor.settingsForm). */
export const checkboxSettingsEn = {
  url: 'Service address (test or production)',
  signIn: 'Sign in by',
  signInPin: 'PIN code',
  signInLogin: 'Login and password',
  login: 'Cashier login',
  licenseKey: 'Cash register licence key',
  pin: 'Cashier PIN code',
  password: 'Cashier password',
  accessKey: 'Integration key (if the account has one)',
};

export type CheckboxSettingsTexts = typeof checkboxSettingsEn;

/** What the training server says when it starts on its own (npm run device:checkbox). */
export const checkboxTrainingEn = {
  listening: 'Checkbox training server (not fiscal): {{url}} — licence key {{licenseKey}}, PIN {{pin}}',
};

export type CheckboxTrainingTexts = typeof checkboxTrainingEn;
