/** Labels of the SmartX settings fields (electron/devices/smartx/descriptor.ts settingsForm). */
export const smartxSettingsEn = {
  pin: 'Register PIN (empty if authorization is off)',
};
