import type { HqTexts } from './hq.en';

export const hqUk: HqTexts = {
  running: 'Офіс магазину працює: {{url}}',
  fingerprint: 'Відбиток сертифіката (SHA-256), звірте його на кожній касі, що приєднується: {{fingerprint}}',
  ownDatabase: 'DATABASE_URL не задано: використовується власний PostgreSQL у {{folder}}',
  stop: 'Ctrl+C зупиняє офіс.',
  badFlag: 'Хибний параметр: {{detail}}',
  noPostgres: 'Не знайдено програм сервера PostgreSQL (initdb, pg_ctl): встановіть PostgreSQL (Debian: apt-get install postgresql) або задайте DATABASE_URL.',
  databaseUnreachable: 'Офіс не може під’єднатися до своєї бази даних ({{detail}}): перевірте DATABASE_URL і що PostgreSQL запущено.',
  portTaken: 'Порт {{port}} зайнятий: зупиніть іншу програму або виберіть інший через --port.',
  failed: 'Офіс не зміг запуститися: {{detail}}',
  passwordPrompt: 'Пароль для {{name}} (один рядок, щонайменше 10 символів):',
  passwordShort: 'Пароль коротший за 10 символів; нікого не додано.',
  nameTaken: 'Працівник офісу на ім’я {{name}} уже є; нікого не додано.',
  personAdded: '{{name}} тепер може входити в офіс.',
};
