/** Labels of the SmartX settings fields (electron/devices/smartx/descriptor.ts settingsForm). */
export const smartxSettingsRu = {
  pin: 'PIN кассы (пусто, если авторизация выключена)',
};
