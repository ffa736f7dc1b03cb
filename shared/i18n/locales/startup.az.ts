import type { StartupTexts } from './startup.en';

export const startupAz: StartupTexts = {
  failed: {
    damaged:
      '{{file}} verilənlər bazası zədələnib, ona görə Kassa onu açmadı. Kassanı bağlayın, bu faylı (yanındakı -wal və -shm fayllarını da) qovluqdan çıxarın və yenidən başladın: Kassa {{backups}} qovluğundakı ehtiyat nüsxələri təklif edəcək.',
    notAFile: '{{file}} fayl deyil (bu adda qovluq var), ona görə Kassa ondan istifadə edə bilmir. Onu başqa yerə köçürün və ya Kassanı başqa məlumat qovluğu ilə başladın (--data-dir).',
    diskFull: '{{file}} olan disk doludur. Diskdə yer boşaldın, sonra Kassanı yenidən başladın.',
    noAccess: 'Kassa {{file}} faylını oxuya və ya yaza bilmir. Kassanı işə salan istifadəçiyə bu qovluğa tam giriş verin və ya başqa məlumat qovluğu ilə başladın (--data-dir).',
    diskError: '{{file}} olan diskdən oxumaq və ya ona yazmaq alınmadı. Diski yoxlayın, məlumat qovluğunu sağlam diskə köçürün və Kassanı onunla başladın (--data-dir).',
    portInUse: '{{port}} portu artıq məşğuldur, bəlkə başqa Kassa tərəfindən. Onu bağlayın və ya başqa portla başladın (--port).',
    unexpected: 'Kassa başlaya bilmədi: {{detail}}. Təfərrüatlar {{logs}} qovluğundakı jurnaldadır; onu dəstək xidmətinə göndərin.',
  },
  waiting: '{{folder}} qovluğunda verilənlər bazası yoxdur, halbuki mağaza orada Kassadan istifadə edib: ehtiyat nüsxəni bərpa etmək və ya nə edəcəyinizi seçmək üçün ünvanı açın.',
  title: 'Kassanın verilənlər bazası yoxdur',
  explain:
    '{{folder}} məlumat qovluğu göstərir ki, bu mağaza əvvəllər Kassadan istifadə edib, lakin onun verilənlər bazası (kassa.sqlite3) yoxdur və ya boşdur. Yeni heç nə yaradılmayıb. Nə edəcəyinizi seçin.',
  signsTitle: 'Qovluqda tapıldı:',
  signs: {
    secretKey: 'cihaz parollarının açarı (secret.key)',
    logs: 'əvvəlki günlərin jurnalları',
    trainingDevice: 'təlim cihazının yaddaşı',
    backups: 'verilənlər bazasının ehtiyat nüsxələri',
  },
  restoreTitle: 'Ehtiyat nüsxəni bərpa edin',
  restoreExplain: 'Ehtiyat nüsxə itmiş verilənlər bazasının yerini tutur. Ondan sonra vurulan sənədlər onda yoxdur; cihazın öz hesabatlarında isə var.',
  noBackups: 'Bu qovluqda ehtiyat nüsxə tapılmadı.',
  backup: '{{day}} ({{size}})',
  restore: 'Bərpa et',
  folderTitle: 'Başqa məlumat qovluğundan istifadə edin',
  folderExplain: 'Verilənlər bazası köçürülübsə və ya başqa diskdədirsə, həmin qovluğu göstərin.',
  folderLabel: 'Qovluq (tam yol)',
  folderRestart: 'Kassanı bu qovluqla yenidən başlat',
  folderCommand: 'Kassanı bağlayın və həmin qovluqla yenidən başladın:',
  newTitle: 'Yenidən başla',
  newExplain: 'Boş jurnal və quraşdırma sehrbazı ilə başlayır. Əvvəlki sənədlər bundan sonra yalnız cihazda və ehtiyat nüsxələrdə qalır. Təsdiq üçün {{word}} yazın.',
  confirmWord: 'YENİ',
  confirmLabel: 'Təsdiq',
  startNew: 'Yenidən başla',
  working: 'İcra olunur…',
  backups: {
    keep: 'Saxlanılan gündəlik ehtiyat nüsxələrin sayı (1–365)',
  },
  doctor: {
    databaseOk: '{{file}} verilənlər bazası SQLite-ın bütövlük yoxlamasından keçdi.',
    databaseDamaged: '{{file}} verilənlər bazası zədələnib ({{detail}}): Kassanı bağlayın və ehtiyat nüsxəni bərpa edin (README: Back up the database).',
    databaseMissing: '{{file}} ünvanında verilənlər bazası yoxdur.',
    backups: 'Ehtiyat nüsxələr: {{count}}, ən yenisi {{day}} tarixli.',
    noBackups: '{{folder}} qovluğunda ehtiyat nüsxə yoxdur: Kassa işlədiyi hər gün bir nüsxə çıxarır.',
  },
};
