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
      unavailable: 'Для этого устройства нет драйвера',
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
    device_rejected: 'Устройство отказало.',
    device_no_answer: 'Устройство не ответило. Документ будет отправлен ещё раз.',
    device_unavailable: 'Это приложение не может связаться с устройством.',
    journal_busy: 'Предыдущие документы ещё отправляются на устройство. Дождитесь их завершения.',
    import_invalid: 'В файле есть ошибки; ничего не импортировано.',
  },
  cli: {
    badFlag: 'Неверный параметр: {{detail}}',
    serving: 'Kassa работает по адресу {{url}}',
    noElectron: 'На этом компьютере нет Electron, поэтому Kassa открывается в браузере.',
    casposUsage: 'Использование: npm run caspos -- <операция> --url http://<устройство>:5544 [--data запрос.json] [--username U --password P] [--session] [--raw]\nОперации: {{operations}}',
    casposUnknownOperation: 'Неизвестная операция «{{operation}}».',
    casposNeedsData: 'Для {{operation}} нужен --data с JSON-файлом данных запроса, как в документе Caspos.',
    casposBadData: 'Данные для {{operation}} не соответствуют документу Caspos: {{issues}}',
    casposUnreadableFile: 'Не удалось прочитать {{file}}: {{reason}}',
    casposNewUuid: 'Этому документу присвоен documentUUID {{uuid}}; впишите его в файл данных, чтобы отправить тот же документ ещё раз.',
    casposDone: 'Выполнено.',
    casposDuplicate: 'Выполнено ранее: у устройства уже был этот documentUUID, и оно вернуло прежний результат.',
    casposRejected: 'Устройство отказало: код {{code}}, «{{text}}».',
    casposExplanation: 'Что это значит: {{text}}',
    casposAction: 'Что делать: {{text}}',
    casposUnknown: 'Нет надёжного ответа ({{reason}}: {{detail}}). Неизвестно, выполнило ли устройство запрос: отправьте тот же запрос ещё раз, чтобы узнать.',
    casposNotSent: 'Устройство недоступно ({{reason}}: {{detail}}). Ничего не отправлено.',
    casposListening: 'Учебное устройство Caspos (не фискальное): {{url}}',
  },
  caspos: {
    errors: casposErrorsRu,
  },
  db: {
    tooNew:
      'Эту базу данных записала более новая версия Kassa (схема {{found}}; эта версия знает схемы до {{known}}). Установите более новую версию снова; данные не изменены.',
  },
};
