import { casposErrorsUk } from './caspos-errors.uk';
import type { LocaleResource } from './en';

export const uk: LocaleResource = {
  app: {
    name: 'Kassa',
  },
  shell: {
    trainingBadge: 'НАВЧАННЯ — не фіскальний',
    connection: {
      online: 'Підключено',
      offline: 'Немає зв’язку',
      connecting: 'Підключення…',
      unavailable: 'Пристрій ще не запущено',
    },
    cart: {
      title: 'Чек',
      empty: 'Відскануйте штрихкод або знайдіть товар, щоб почати продаж.',
      total: 'Разом',
    },
    language: 'Мова',
    loading: 'Запуск…',
    startFailed: 'Не вдалося запустити застосунок.',
  },
  errors: {
    invalid_input: 'Невірні дані.',
    unknown_channel: 'Невідома операція.',
    unauthorized: 'Немає доступу. Відкрийте застосунок знову.',
    payload_too_large: 'Завеликий обсяг даних.',
    internal: 'Внутрішня помилка. Операцію не виконано.',
  },
  cli: {
    badFlag: 'Невірний параметр: {{detail}}',
    serving: 'Kassa працює за адресою {{url}}',
    noElectron: 'На цьому комп’ютері немає Electron, тому Kassa відкривається в браузері.',
  },
  caspos: {
    errors: casposErrorsUk,
  },
  db: {
    tooNew:
      'Цю базу даних записала новіша версія Kassa (схема {{found}}; ця версія знає схеми до {{known}}). Встановіть новішу версію знову; дані не змінено.',
  },
};
