import type { CheckboxSettingsTexts, CheckboxTrainingTexts } from './settings.en';

export const checkboxSettingsAz: CheckboxSettingsTexts = {
  url: 'Xidmətin ünvanı (test və ya iş)',
  signIn: 'Giriş üsulu',
  signInPin: 'PIN kod',
  signInLogin: 'Login və parol',
  login: 'Kassirin loqini',
  licenseKey: 'Kassanın lisenziya açarı',
  pin: 'Kassirin PIN kodu',
  password: 'Kassirin parolu',
  accessKey: 'İnteqrasiya açarı (hesabda varsa)',
  unreachableAfter: 'Oflayn satışdan əvvəl ardıcıl uğursuz cavablar (1–10)',
  unreachableAfterHint: 'Bir itmiş cavab adətən təsadüfdür: standart 2.',
  goOnlineCalls: 'Bir cəhddə onlayna keçid sorğuları (1–20)',
  goOnlineCallsHint: 'Xidmət oflayn çekləri vergi xidmətinə çatdırarkən bir neçəsi lazım ola bilər.',
  taxCheckUrl: 'Vergi xidmətinin çek yoxlama səhifəsi (oflayn çekin QR kodu)',
  taxCheckUrlHint: 'Oflayn yaradılmış çekin QR kodu bura aparır; yalnız vergi xidməti ünvanı dəyişəndə dəyişin.',
};

/** What the training server says when it starts on its own (npm run device:checkbox). */
export const checkboxTrainingAz: CheckboxTrainingTexts = {
  listening: 'Checkbox təlim serveri (fiskal deyil): {{url}} — lisenziya açarı {{licenseKey}}, PIN {{pin}}',
};
