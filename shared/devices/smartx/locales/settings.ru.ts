/** Labels of the SmartX settings fields (electron/devices/smartx/descriptor.ts settingsForm). */
export const smartxSettingsRu = {
  pin: 'PIN кассы (пусто, если авторизация выключена)',
  sectionVat20: 'Секция для НДС 20 % (номер на кассе; пусто — нет)',
  sectionVat10: 'Секция для НДС 10 %',
  sectionVat0: 'Секция для НДС 0 %',
  sectionVatFree: 'Секция для товаров без НДС',
  opOpenShift: 'Имя операции: открыть смену',
  opCloseShift: 'Имя операции: закрыть смену (Z-отчёт)',
  opXReport: 'Имя операции: X-отчёт',
  opWithdraw: 'Имя операции: изъятие',
  opAnnul: 'Имя операции: аннулировать последний чек',
  lookupNotFound: 'Коды ответа OPERATION_ID для неизвестной операции (через запятую)',
};
