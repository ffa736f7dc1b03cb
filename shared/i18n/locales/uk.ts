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
      unavailable: 'Для цього пристрою немає драйвера',
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
    device_rejected: 'Пристрій відмовив.',
    device_no_answer: 'Пристрій не відповів. Документ буде надіслано ще раз.',
    device_unavailable: 'Цей застосунок не може зв’язатися з пристроєм.',
    journal_busy: 'Попередні документи ще надсилаються на пристрій. Зачекайте, доки вони завершаться.',
    import_invalid: 'У файлі є помилки; нічого не імпортовано.',
  },
  cli: {
    badFlag: 'Невірний параметр: {{detail}}',
    serving: 'Kassa працює за адресою {{url}}',
    noElectron: 'На цьому комп’ютері немає Electron, тому Kassa відкривається в браузері.',
    casposUsage: 'Використання: npm run caspos -- <операція> --url http://<пристрій>:5544 [--data запит.json] [--username U --password P] [--session] [--raw]\nОперації: {{operations}}',
    casposUnknownOperation: 'Невідома операція «{{operation}}».',
    casposNeedsData: 'Для {{operation}} потрібен --data з JSON-файлом даних запиту, як у документі Caspos.',
    casposBadData: 'Дані для {{operation}} не відповідають документу Caspos: {{issues}}',
    casposUnreadableFile: 'Не вдалося прочитати {{file}}: {{reason}}',
    casposNewUuid: 'Цьому документу надано documentUUID {{uuid}}; впишіть його у файл даних, щоб надіслати той самий документ ще раз.',
    casposDone: 'Виконано.',
    casposDuplicate: 'Виконано раніше: пристрій уже мав цей documentUUID і повернув попередній результат.',
    casposRejected: 'Пристрій відмовив: код {{code}}, «{{text}}».',
    casposExplanation: 'Що це означає: {{text}}',
    casposAction: 'Що робити: {{text}}',
    casposUnknown: 'Немає надійної відповіді ({{reason}}: {{detail}}). Невідомо, чи пристрій це виконав: надішліть той самий запит ще раз, щоб дізнатися.',
    casposNotSent: 'Пристрій недоступний ({{reason}}: {{detail}}). Нічого не надіслано.',
    casposListening: 'Навчальний пристрій Caspos (не фіскальний): {{url}}',
  },
  caspos: {
    errors: casposErrorsUk,
  },
  db: {
    tooNew:
      'Цю базу даних записала новіша версія Kassa (схема {{found}}; ця версія знає схеми до {{known}}). Встановіть новішу версію знову; дані не змінено.',
  },
};
