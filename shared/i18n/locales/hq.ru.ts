import type { HqTexts } from './hq.en';

export const hqRu: HqTexts = {
  running: 'Офис магазина работает: {{url}}',
  fingerprint: 'Отпечаток сертификата (SHA-256), сверьте его на каждой подключаемой кассе: {{fingerprint}}',
  ownDatabase: 'DATABASE_URL не задан: используется собственный PostgreSQL в {{folder}}',
  stop: 'Ctrl+C останавливает офис.',
  badFlag: 'Неверный параметр: {{detail}}',
  noPostgres: 'Не найдены программы сервера PostgreSQL (initdb, pg_ctl): установите PostgreSQL (Debian: apt-get install postgresql) или задайте DATABASE_URL.',
  databaseUnreachable: 'Офис не может подключиться к своей базе данных ({{detail}}): проверьте DATABASE_URL и что PostgreSQL запущен.',
  portTaken: 'Порт {{port}} занят: остановите другую программу или выберите другой порт через --port.',
  failed: 'Офис не смог запуститься: {{detail}}',
  passwordPrompt: 'Пароль для {{name}} (одна строка, не меньше 10 символов):',
  passwordShort: 'Пароль короче 10 символов; никто не добавлен.',
  nameTaken: 'Сотрудник офиса с именем {{name}} уже есть; никто не добавлен.',
  personAdded: '{{name}} теперь может входить в офис.',
};
