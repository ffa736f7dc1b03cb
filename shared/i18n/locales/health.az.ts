import type { HealthTexts } from './health.en';

export const healthAz: HealthTexts = {
  storage: {
    disk_full: 'Disk doludur: satış saxlanılıb, yer boşaldıqdan sonra tamamlanacaq',
    not_writable: 'Verilənlər bazasına yazmaq mümkün deyil: satış saxlanılıb, yazmaq mümkün olduqda tamamlanacaq',
    failed: 'Jurnalda xəta baş verdi: satış saxlanılıb və yenidən göndəriləcək; jurnala (log) baxın',
  },
  fault: 'Gözlənilməz xəta qeydə alındı ({{error}}); kassa işləməyə davam edir',
};
