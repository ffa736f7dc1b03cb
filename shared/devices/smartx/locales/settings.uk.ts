/** Labels of the SmartX settings fields (electron/devices/smartx/descriptor.ts settingsForm). */
export const smartxSettingsUk = {
  pin: 'PIN каси (порожньо, якщо авторизацію вимкнено)',
  sectionVat20: 'Секція для ПДВ 20 % (номер на касі; порожньо — немає)',
  sectionVat10: 'Секція для ПДВ 10 %',
  sectionVat0: 'Секція для ПДВ 0 %',
  sectionVatFree: 'Секція для товарів без ПДВ',
  opOpenShift: 'Назва операції: відкрити зміну',
  opCloseShift: 'Назва операції: закрити зміну (Z-звіт)',
  opXReport: 'Назва операції: X-звіт',
  opWithdraw: 'Назва операції: вилучення готівки',
  opAnnul: 'Назва операції: анулювати останній чек',
  lookupNotFound: 'Коди відповіді OPERATION_ID для невідомої операції (через кому)',
};
