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
      unavailable: 'Cihaz hələ işləmir',
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
  },
  cli: {
    badFlag: 'Yanlış parametr: {{detail}}',
    serving: 'Kassa işləyir: {{url}}',
    noElectron: 'Bu kompüterdə Electron proqramı yoxdur, ona görə Kassa brauzerdə açılır.',
  },
  caspos: {
    errors: casposErrorsAz,
  },
  db: {
    tooNew:
      'Bu verilənlər bazası Kassa-nın daha yeni versiyası ilə yazılıb (sxem {{found}}; bu versiya {{known}} sxeminə qədər tanıyır). Yeni versiyanı yenidən quraşdırın; məlumatlara toxunulmayıb.',
  },
};
