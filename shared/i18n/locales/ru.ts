import { casposErrorsRu } from './caspos-errors.ru';
import type { LocaleResource } from './en';

export const ru: LocaleResource = {
  app: {
    name: 'Kassa',
  },
  shell: {
    trainingBadge: 'ОБУЧЕНИЕ — не фискальный',
    connection: {
      online: 'Подключено',
      offline: 'Нет связи',
      connecting: 'Подключение…',
      unavailable: 'Устройство ещё не запущено',
    },
    cart: {
      title: 'Чек',
      empty: 'Отсканируйте штрихкод или найдите товар, чтобы начать продажу.',
      total: 'Итого',
    },
    language: 'Язык',
    loading: 'Запуск…',
    startFailed: 'Не удалось запустить приложение.',
  },
  errors: {
    invalid_input: 'Неверные данные.',
    unknown_channel: 'Неизвестная операция.',
    unauthorized: 'Нет доступа. Откройте приложение заново.',
    payload_too_large: 'Слишком большой объём данных.',
    internal: 'Внутренняя ошибка. Операция не выполнена.',
  },
  cli: {
    badFlag: 'Неверный параметр: {{detail}}',
    serving: 'Kassa работает по адресу {{url}}',
    noElectron: 'На этом компьютере нет Electron, поэтому Kassa открывается в браузере.',
  },
  caspos: {
    errors: casposErrorsRu,
  },
  db: {
    tooNew:
      'Эту базу данных записала более новая версия Kassa (схема {{found}}; эта версия знает схемы до {{known}}). Установите более новую версию снова; данные не изменены.',
  },
};
