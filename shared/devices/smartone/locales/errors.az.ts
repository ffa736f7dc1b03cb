import type { smartOneErrorsEn } from './errors.en';

/** Kassirin oxuduğu mətnlər (../error-keys.ts): nə baş verdi, sonra nə etməli. */
export const smartOneErrorsAz: typeof smartOneErrorsEn = {
  c1: { explanation: 'Kassa aparatı proqramın imzasını qəbul etmədi: ayarlarda merchant ID səhvdir.', action: 'Menecerdən bu kassanın merchant ID-sini Ayarlarda daxil etməsini xahiş edin.' },
  c6: { explanation: 'Kassada açıq növbə yoxdur.', action: 'Növbəni açın və yenidən cəhd edin.' },
  c7: { explanation: 'Kassa bu ödəniş növünü qəbul etmir.', action: 'Ödənişi başqa üsulla, məsələn, nağd qəbul edin.' },
  c8: { explanation: 'Çek tam ödənilməyib.', action: 'Qalan məbləği alın və yenidən cəhd edin.' },
  withdraw9: { explanation: 'Kassada çıxarılacaq məbləğdən az nağd pul var.', action: 'Kassadakı nağd pulu yoxlayın və daha az məbləğ çıxarın.' },
  c11: { explanation: 'Qalıq yalnız nağd puldan verilə bilər: kart və ya digər ödəniş çekin məbləğindən çoxdur.', action: 'Kartla ödənişi azaldın ki, məbləği yalnız nağd pul keçsin.' },
  c12: { explanation: 'Kassa malın vergi dərəcəsini qəbul etmir.', action: 'Menecerdən malın vergi qrupunu yoxlamasını xahiş edin.' },
  c13: { explanation: 'Kredit ödənişi yalnız bir üsulla edilə bilər.', action: 'Bütün ödənişi ya nağd, ya da kartla qəbul edin.' },
  c18: { explanation: 'Qaytarılan mal ilkin çekdə yoxdur.', action: 'Yalnız həmin çekdəki malları qaytarın.' },
  c19: { explanation: 'Satılandan (əvvəlki qaytarmalar çıxılmaqla) çox mal qaytarılır.', action: 'Qaytarılan miqdarı azaldın.' },
  c22: { explanation: 'Növbə çox uzun müddətdir açıqdır (24 saatdan çox).', action: 'Z hesabatı ilə növbəni bağlayın, sonra yeni növbə açın.' },
  c24: { explanation: 'Kassada açıq sifarişlər qalıb, ona görə növbə bağlanmır.', action: 'Açıq sifarişləri tamamlayın və ya ləğv edin, yaxud menecerdən onları növbəti növbəyə keçirərək bağlamasını xahiş edin.' },
  c26: { explanation: 'Bu növbədə heç nə satılmayıb, ona görə kassa onu bağlamır.', action: 'Növbəni açıq saxlayın və ya əvvəlcə satış edin.' },
  c27: { explanation: 'Kassada nağd pul qalıb; növbə yalnız pul inkassasiya edildikdən sonra bağlanır.', action: 'Nağd pulu inkassasiya kimi çıxarın, sonra növbəni bağlayın.' },
  c36: { explanation: 'Bu çek artıq qismən və ya tam qaytarılıb, ona görə ləğv edilə bilməz.', action: 'Əvəzində qalan malların qaytarılmasını edin.' },
};
