import type { HqTexts } from './hq.en';

export const hqAz: HqTexts = {
  running: 'Mağazanın ofisi işləyir: {{url}}',
  fingerprint: 'Sertifikatın barmaq izi (SHA-256), qoşulan hər kassada tutuşdurun: {{fingerprint}}',
  ownDatabase: 'DATABASE_URL yoxdur: {{folder}} qovluğunda öz PostgreSQL-i işlədilir',
  stop: 'Ofisi dayandırmaq üçün Ctrl+C.',
  badFlag: 'Yanlış parametr: {{detail}}',
  noPostgres: 'PostgreSQL server proqramları (initdb, pg_ctl) tapılmadı: PostgreSQL quraşdırın (Debian: apt-get install postgresql) və ya DATABASE_URL verin.',
  databaseUnreachable: 'Ofis öz verilənlər bazasına qoşula bilmir ({{detail}}): DATABASE_URL-i və PostgreSQL-in işlədiyini yoxlayın.',
  portTaken: '{{port}} portu məşğuldur: o biri proqramı dayandırın və ya --port ilə başqasını seçin.',
  failed: 'Ofis başlaya bilmədi: {{detail}}',
  passwordPrompt: '{{name}} üçün parol (bir sətir, ən azı 10 simvol):',
  passwordShort: 'Parol 10 simvoldan qısadır; heç kim əlavə olunmadı.',
  nameTaken: '{{name}} adlı ofis işçisi artıq var; heç kim əlavə olunmadı.',
  personAdded: '{{name}} indi ofisə daxil ola bilər.',
};
