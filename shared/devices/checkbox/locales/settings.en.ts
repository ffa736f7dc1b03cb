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
  unreachableAfter: 'Failed answers in a row before selling offline (1–10)',
  unreachableAfterHint: 'One lost answer is usually a blip: 2 is the default.',
  goOnlineCalls: 'Go-online requests per attempt (1–20)',
  goOnlineCallsHint: 'The service may need several while it delivers the offline receipts to the tax service.',
  taxCheckUrl: 'Tax service\'s receipt check page (offline receipt QR)',
  taxCheckUrlHint: 'An offline receipt\'s QR code links here; change it only if the tax service moves the page.',
};

export type CheckboxSettingsTexts = typeof checkboxSettingsEn;

/** What the training server says when it starts on its own (npm run device:checkbox). */
export const checkboxTrainingEn = {
  listening: 'Checkbox training server (not fiscal): {{url}} — licence key {{licenseKey}}, PIN {{pin}}',
};

export type CheckboxTrainingTexts = typeof checkboxTrainingEn;
