import type { CasposSettingsTexts } from './settings.en';

export const casposSettingsRu: CasposSettingsTexts = {
  url: 'Адрес (http://IP:5544/)',
  username: 'Имя пользователя',
  password: 'Пароль интеграции',
  passwordRule:
    'Пароль интеграции задаётся на устройстве при включении сервиса интеграции: «password» и четыре последние цифры серийного номера устройства (для серийного …0101: password0101).',
  auth: 'Вход',
  authIntegration: 'Сервис интеграции (пароль отправляется с каждым запросом)',
  authSession: 'Устройство требует входа (toLogin)',
  lineSums: 'Суммы строк',
  lineSumsSend: 'Kassa отправляет сумму каждой строки (устройство её проверяет)',
  lineSumsDevice: 'Сумму каждой строки вычисляет устройство',
};
