/** The Caspos settings form (electron/devices/caspos/descriptor.ts, settingsForm): its labels and hints. */
export const casposSettingsEn = {
  url: 'Address (http://IP:5544/)',
  username: 'User name',
  password: 'Integration password',
  passwordRule:
    'The integration password is set on the device when the integration service is enabled: “password” followed by the last four digits of the device’s serial number (for serial …0101: password0101).',
  auth: 'Sign-in',
  authIntegration: 'Integration service (the password goes with every request)',
  authSession: 'The device asks for a sign-in (toLogin)',
  lineSums: 'Line sums',
  lineSumsSend: 'Kassa sends each line’s sum (the device checks it)',
  lineSumsDevice: 'The device computes each line’s sum',
};
export type CasposSettingsTexts = typeof casposSettingsEn;
