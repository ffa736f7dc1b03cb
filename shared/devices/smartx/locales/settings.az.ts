/** Labels of the SmartX settings fields (electron/devices/smartx/descriptor.ts settingsForm). */
export const smartxSettingsAz = {
  pin: 'Kassanın PIN kodu (avtorizasiya söndürülübsə, boş)',
  sectionVat20: 'ƏDV 20 % üçün bölmə (kassadakı nömrə; boş — yoxdur)',
  sectionVat10: 'ƏDV 10 % üçün bölmə',
  sectionVat0: 'ƏDV 0 % üçün bölmə',
  sectionVatFree: 'ƏDV-siz mallar üçün bölmə',
  opOpenShift: 'Əməliyyatın adı: növbəni açmaq',
  opCloseShift: 'Əməliyyatın adı: növbəni bağlamaq (Z-hesabat)',
  opXReport: 'Əməliyyatın adı: X-hesabat',
  opWithdraw: 'Əməliyyatın adı: nağdın çıxarılması',
  opAnnul: 'Əməliyyatın adı: son çeki ləğv etmək',
  lookupNotFound: 'Naməlum əməliyyat üçün OPERATION_ID cavab kodları (vergüllə)',
};
