import type { CheckboxSettingsTexts, CheckboxTrainingTexts } from './settings.en';

export const checkboxSettingsRu: CheckboxSettingsTexts = {
  url: 'Адрес сервиса (тестовый или рабочий)',
  signIn: 'Вход',
  signInPin: 'PIN-код',
  signInLogin: 'Логин и пароль',
  login: 'Логин кассира',
  licenseKey: 'Ключ лицензии кассы',
  pin: 'Пин-код кассира',
  password: 'Пароль кассира',
  accessKey: 'Ключ интеграции (если есть в аккаунте)',
  unreachableAfter: 'Неудачных ответов подряд до продажи в офлайне (1–10)',
  unreachableAfterHint: 'Один потерянный ответ — обычно случайность: по умолчанию 2.',
  goOnlineCalls: 'Запросов перехода в онлайн за одну попытку (1–20)',
  goOnlineCallsHint: 'Сервису может понадобиться несколько, пока он доставляет офлайн-чеки в налоговую.',
  taxCheckUrl: 'Страница проверки чека ГНС (QR офлайн-чека)',
  taxCheckUrlHint: 'На неё ведёт QR-код чека, созданного в офлайне; меняйте, только если ГНС сменила адрес.',
};

/** What the training server says when it starts on its own (npm run device:checkbox). */
export const checkboxTrainingRu: CheckboxTrainingTexts = {
  listening: 'Учебный сервер Checkbox (не фискальный): {{url}} — ключ лицензии {{licenseKey}}, пин-код {{pin}}',
};
