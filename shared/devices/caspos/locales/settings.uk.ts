import type { CasposSettingsTexts } from './settings.en';

export const casposSettingsUk: CasposSettingsTexts = {
  url: 'Адреса (http://IP:5544/)',
  username: 'Ім’я користувача',
  password: 'Пароль інтеграції',
  passwordRule:
    'Пароль інтеграції задається на пристрої під час увімкнення сервісу інтеграції: «password» і чотири останні цифри серійного номера пристрою (для серійного …0101: password0101).',
  auth: 'Вхід',
  authIntegration: 'Сервіс інтеграції (пароль надсилається з кожним запитом)',
  authSession: 'Пристрій вимагає входу (toLogin)',
  lineSums: 'Суми рядків',
  lineSumsSend: 'Kassa надсилає суму кожного рядка (пристрій її перевіряє)',
  lineSumsDevice: 'Суму кожного рядка обчислює пристрій',
};
