import type { CasposSettingsTexts } from './settings.en';

export const casposSettingsAz: CasposSettingsTexts = {
  url: 'Ünvan (http://IP:5544/)',
  username: 'İstifadəçi adı',
  password: 'İnteqrasiya parolu',
  passwordRule:
    'İnteqrasiya parolu inteqrasiya xidməti aktiv ediləndə cihazda təyin olunur: “password” sözü və cihazın seriya nömrəsinin son dörd rəqəmi (…0101 seriyası üçün: password0101).',
  auth: 'Giriş',
  authIntegration: 'İnteqrasiya xidməti (parol hər sorğu ilə göndərilir)',
  authSession: 'Cihaz giriş tələb edir (toLogin)',
  lineSums: 'Sətir məbləğləri',
  lineSumsSend: 'Kassa hər sətrin məbləğini göndərir (cihaz yoxlayır)',
  lineSumsDevice: 'Hər sətrin məbləğini cihaz hesablayır',
};
