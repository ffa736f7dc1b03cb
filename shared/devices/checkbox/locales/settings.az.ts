import type { CheckboxSettingsTexts } from './settings.en';

export const checkboxSettingsAz: CheckboxSettingsTexts = {
  url: 'Xidmətin ünvanı (test və ya iş)',
  signIn: { label: 'Giriş üsulu', pin: 'Lisenziya açarı ilə PIN kod', login: 'Loqin və parol' },
  login: 'Kassirin loqini',
  licenseKey: 'Kassanın lisenziya açarı',
  pin: 'Kassirin PIN kodu',
  password: 'Kassirin parolu',
  accessKey: 'İnteqrasiya açarı (hesabda varsa)',
};
