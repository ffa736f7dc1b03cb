import type { CheckboxSettingsTexts, CheckboxTrainingTexts } from './settings.en';

export const checkboxSettingsUk: CheckboxSettingsTexts = {
  url: 'Адреса сервісу (тестовий чи робочий)',
  signIn: 'Вхід',
  signInPin: 'PIN-код',
  signInLogin: 'Логін і пароль',
  login: 'Логін касира',
  licenseKey: 'Ключ ліцензії каси',
  pin: 'Пін-код касира',
  password: 'Пароль касира',
  accessKey: 'Ключ інтеграції (якщо є в акаунті)',
  unreachableAfter: 'Невдалих відповідей поспіль до продажу в офлайні (1–10)',
  unreachableAfterHint: 'Одна втрачена відповідь — зазвичай випадковість: типово 2.',
  goOnlineCalls: 'Запитів переходу в онлайн за одну спробу (1–20)',
  goOnlineCallsHint: 'Сервісу може знадобитися кілька, поки він доставляє офлайн чеки до ДПС.',
  taxCheckUrl: 'Сторінка перевірки чека ДПС (QR офлайн-чека)',
  taxCheckUrlHint: 'На неї веде QR-код чека, створеного в офлайні; змінюйте, лише якщо ДПС змінила адресу.',
};

/** What the training server says when it starts on its own (npm run device:checkbox). */
export const checkboxTrainingUk: CheckboxTrainingTexts = {
  listening: 'Навчальний сервер Checkbox (не фіскальний): {{url}} — ключ ліцензії {{licenseKey}}, пін-код {{pin}}',
};
