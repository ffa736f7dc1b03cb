import type { CheckboxSettingsTexts } from './settings.en';

export const checkboxSettingsUk: CheckboxSettingsTexts = {
  url: 'Адреса сервісу (тестовий чи робочий)',
  signIn: { label: 'Вхід', pin: 'Пін-код із ключем ліцензії', login: 'Логін і пароль' },
  login: 'Логін касира',
  licenseKey: 'Ключ ліцензії каси',
  pin: 'Пін-код касира',
  password: 'Пароль касира',
  accessKey: 'Ключ інтеграції (якщо є в акаунті)',
};
