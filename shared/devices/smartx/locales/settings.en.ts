/** Labels of the SmartX settings fields (electron/devices/smartx/descriptor.ts settingsForm). */
export const smartxSettingsEn = {
  pin: 'Register PIN (empty if authorization is off)',
  sectionVat20: 'Section for VAT 20 % (number on the register; empty: none)',
  sectionVat10: 'Section for VAT 10 %',
  sectionVat0: 'Section for VAT 0 %',
  sectionVatFree: 'Section for goods without VAT',
  opOpenShift: 'Operation name: open shift',
  opCloseShift: 'Operation name: close shift (Z report)',
  opXReport: 'Operation name: X report',
  opWithdraw: 'Operation name: cash out',
  opAnnul: 'Operation name: annul the last receipt',
  lookupNotFound: 'Result codes of OPERATION_ID for an unknown operation (comma-separated)',
};
