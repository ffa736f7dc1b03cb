/** Labels of the SmartX settings fields (electron/devices/smartx/descriptor.ts settingsForm). */
export const smartxSettingsUk = {
  pin: 'PIN каси (порожньо, якщо авторизацію вимкнено)',
};
