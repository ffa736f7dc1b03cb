import { casposErrorsAz } from './caspos-errors.az';
import type { LocaleResource } from './en';

export const az: LocaleResource = {
  app: {
    name: 'Kassa',
  },
  shell: {
    trainingBadge: 'TƏLİM — fiskal deyil',
    connection: {
      online: 'Qoşulub',
      offline: 'Bağlantı yoxdur',
      connecting: 'Qoşulur…',
      unavailable: 'Bu cihaz üçün drayver yoxdur',
    },
    cart: {
      title: 'Çek',
      empty: 'Satışa başlamaq üçün barkodu skan edin və ya məhsul axtarın.',
      total: 'Cəmi',
    },
    language: 'Dil',
    loading: 'Başlayır…',
    startFailed: 'Proqram başlaya bilmədi.',
  },
  errors: {
    invalid_input: 'Məlumat düzgün deyil.',
    unknown_channel: 'Naməlum əməliyyat.',
    unauthorized: 'İcazə yoxdur. Proqramı yenidən açın.',
    payload_too_large: 'Məlumat həcmi çox böyükdür.',
    internal: 'Daxili xəta. Əməliyyat yerinə yetirilmədi.',
    device_rejected: 'Cihaz imtina etdi.',
    device_no_answer: 'Cihaz cavab vermədi. Sənəd yenidən göndəriləcək.',
    device_unavailable: 'Bu proqramdan cihaza qoşulmaq mümkün deyil.',
    journal_busy: 'Əvvəlki sənədlər hələ cihaza göndərilir. Tamamlanmasını gözləyin.',
    import_invalid: 'Faylda problemlər var; heç nə idxal edilmədi.',
  },
  cli: {
    badFlag: 'Yanlış parametr: {{detail}}',
    serving: 'Kassa işləyir: {{url}}',
    noElectron: 'Bu kompüterdə Electron proqramı yoxdur, ona görə Kassa brauzerdə açılır.',
    casposUsage: 'İstifadə: npm run caspos -- <əməliyyat> --url http://<cihaz>:5544 [--data sorğu.json] [--username U --password P] [--session] [--raw]\nƏməliyyatlar: {{operations}}',
    casposUnknownOperation: 'Naməlum əməliyyat: “{{operation}}”.',
    casposNeedsData: '{{operation}} üçün --data ilə sorğunun məlumatları olan JSON faylı lazımdır (Caspos sənədindəki kimi).',
    casposBadData: '{{operation}} üçün məlumatlar Caspos sənədinə uyğun deyil: {{issues}}',
    casposUnreadableFile: '{{file}} oxunmur: {{reason}}',
    casposNewUuid: 'Bu sənədə documentUUID {{uuid}} verildi; eyni sənədi yenidən göndərmək üçün onu məlumat faylına yazın.',
    casposDone: 'Hazırdır.',
    casposDuplicate: 'Əvvəl edilib: cihazda bu documentUUID artıq var idi və əvvəlki nəticəni qaytardı.',
    casposRejected: 'Cihaz imtina etdi: kod {{code}}, “{{text}}”.',
    casposExplanation: 'Mənası: {{text}}',
    casposAction: 'Nə etməli: {{text}}',
    casposUnknown: 'Etibarlı cavab yoxdur ({{reason}}: {{detail}}). Cihazın bunu edib-etmədiyi bilinmir: öyrənmək üçün eyni sorğunu yenidən göndərin.',
    casposNotSent: 'Cihaza qoşulmaq olmadı ({{reason}}: {{detail}}). Heç nə göndərilmədi.',
    casposListening: 'Caspos təlim cihazı (fiskal deyil): {{url}}',
  },
  caspos: {
    errors: casposErrorsAz,
  },
  db: {
    tooNew:
      'Bu verilənlər bazası Kassa-nın daha yeni versiyası ilə yazılıb (sxem {{found}}; bu versiya {{known}} sxeminə qədər tanıyır). Yeni versiyanı yenidən quraşdırın; məlumatlara toxunulmayıb.',
  },
};
