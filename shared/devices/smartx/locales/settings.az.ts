/** Labels of the SmartX settings fields (electron/devices/smartx/descriptor.ts settingsForm). */
export const smartxSettingsAz = {
  pin: 'Kassanın PIN kodu (avtorizasiya söndürülübsə, boş)',
};
