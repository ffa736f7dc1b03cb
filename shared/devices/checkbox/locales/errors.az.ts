import type { CheckboxErrorTexts } from './errors.en';

export const checkboxErrorsAz: CheckboxErrorTexts = {
  shift_not_open: { explanation: 'Kassada növbə açılmayıb.', action: 'Növbəni açın və təkrarlayın.' },
  register_busy: { explanation: 'Bu kassada başqa kassir işləyir.', action: 'O kassirdən növbəni bağlamağı və ya çıxmağı xahiş edin, yaxud öz kassanızda işləyin.' },
  underpaid: { explanation: 'Ödəniş çekin məbləğindən azdır.', action: 'Çatışmayan məbləği alın və təkrarlayın.' },
  return_sum_mismatch: { explanation: 'Qaytarma çekin məbləğini dəqiq ödəməlidir.', action: 'Ödəniləcək məbləği qaytarma çekinin məbləğinə bərabər edin və təkrarlayın.' },
  not_enough_cash: { explanation: 'Kassada bu qədər nağd pul yoxdur.', action: 'Daha az məbləğ çıxarın və ya pulu karta qaytarın.' },
  signer_down: { explanation: 'Checkbox Підпис (imza proqramı) işləmir.', action: 'İmza kompüterində Checkbox Підпис proqramını işə salın və təkrarlayın.' },
  auth_pin: { explanation: 'Kassirin PIN kodu səhvdir.', action: 'Rəhbərdən cihaz ayarlarında PIN kodu yoxlamağı xahiş edin.' },
  auth_password: { explanation: 'Kassirin loqini və ya parolu səhvdir.', action: 'Rəhbərdən cihaz ayarlarında loqini və parolu yoxlamağı xahiş edin.' },
  auth_license: { explanation: 'Kassanın lisenziya açarı səhvdir.', action: 'Rəhbərdən cihaz ayarlarında lisenziya açarını yoxlamağı xahiş edin.' },
  auth_token: { explanation: 'Checkbox kassirin sessiyasını bitirdi və yeni girişi qəbul etmədi.', action: 'Rəhbərdən Checkbox kabinetində kassiri yoxlamağı xahiş edin.' },
  auth_deactivated: { explanation: 'Bu kassir Checkbox-da deaktiv edilib.', action: 'Rəhbərdən Checkbox kabinetində kassiri aktivləşdirməyi xahiş edin.' },
  foreign_integration: { explanation: 'Növbə başqa proqramda (Checkbox Kasa) açılıb.', action: 'Növbəni o proqramda bağlayın, sonra burada açın.' },
  maintenance: { explanation: 'Checkbox müvəqqəti texniki işlərdədir.', action: 'Gözləyin: çek saxlanılıb, xidmət bərpa olunan kimi göndəriləcək.' },
  offline_limit_session: { explanation: 'Kassa 36 saatdır ardıcıl oflayn işləyir — qanunun icazə verdiyi ən çox müddət budur.', action: 'İnternet bağlantısını bərpa edin və kassanı onlayna qaytarın; çeklər o vaxtadək gözləyəcək.' },
  offline_limit_month: { explanation: 'Kassa bu ay qanunun icazə verdiyi 168 saatlıq oflayn işi artıq istifadə edib.', action: 'İnternet bağlantısını bərpa edin və kassanı onlayna qaytarın; çeklər o vaxtadək gözləyəcək.' },
  no_offline_codes: { explanation: 'Kassada oflayn fiskal nömrə qalmayıb.', action: 'Kassanı onlayna qaytarın: onlayn olanda yeni nömrələr ehtiyata götürür.' },
  offline_waits_cash: { explanation: 'Checkbox oflayndır: kassaya mədaxil və məxaric yalnız onlayn, oflayn çeklər çatdırıldıqdan sonra aparılır.', action: 'Onlayna qayıdın (və ya xidmət cavab verənə qədər gözləyin), sonra təkrarlayın; satışlar bu arada davam edir.' },
  offline_waits_z: { explanation: 'Checkbox oflayndır: Z hesabatı oflayn çeklər vergi xidmətinə çatdırılana qədər gözləyir.', action: 'Onlayna qayıdın (və ya xidmət cavab verənə qədər gözləyin), sonra növbəni bağlayın.' },
  offline_waits_float: { explanation: 'Checkbox oflayndır: növbəni oflayn açmaq olar, lakin açılış məbləği yalnız onlayn daxil edilir.', action: 'Növbəni açılış məbləği olmadan açın, nağd pulu isə onlayna qayıtdıqdan sonra daxil edin.' },
};
