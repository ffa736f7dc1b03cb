import type { HealthTexts } from './health.en';

export const healthAz: HealthTexts = {
  storage: {
    disk_full: 'Disk doludur: sənəd saxlanılıb, yer boşaldıqdan sonra tamamlanacaq',
    not_writable: 'Verilənlər bazasına yazmaq mümkün deyil: sənəd saxlanılıb, yazmaq mümkün olduqda tamamlanacaq',
    failed: 'Jurnalda xəta baş verdi: sənəd saxlanılıb və yenidən göndəriləcək; jurnala (log) baxın',
  },
  fault: 'Gözlənilməz xəta qeydə alındı ({{error}}); kassa işləməyə davam edir',
  mismatch: {
    title: 'Cihazın cavabı uyğun gəlməyən sənədlər: {{count}}',
    explain: 'Cihaz bu sənədləri vurub, lakin cavabı göndərilənə uyğun gəlmir. Növbənin rəqəmlərinə etibar etməzdən əvvəl onları cihazın nəzarət lenti ilə müqayisə edin və dəstək xidmətinə bildirin.',
    total: 'Məbləğ: sənəddə {{document}}, cihazda {{device}}',
    reusedId: 'Cihaz {{id}} sənəd identifikatorunu artıq {{earlier}} sənədinə verib',
  },
};
