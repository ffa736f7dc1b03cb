import type { CheckboxSettingsTexts } from './settings.en';

export const checkboxSettingsRu: CheckboxSettingsTexts = {
  url: 'Адрес сервиса (тестовый или рабочий)',
  signIn: { label: 'Вход', pin: 'Пин-код с ключом лицензии', login: 'Логин и пароль' },
  login: 'Логин кассира',
  licenseKey: 'Ключ лицензии кассы',
  pin: 'Пин-код кассира',
  password: 'Пароль кассира',
  accessKey: 'Ключ интеграции (если есть в аккаунте)',
};
