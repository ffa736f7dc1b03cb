import type { DiagnosticsTexts } from './diagnostics.en';

export const diagnosticsAz: DiagnosticsTexts = {
  title: 'Diaqnostika',
  explain:
    'Dəstək xidməti üçün bir zip faylı: log faylları, parol və PIN-kodlar olmadan ayarlar və cihazlar, cihazın hələ təsdiqləmədiyi sənədlər və cihazın öz cavabı.',
  export: 'Diaqnostikanı ixrac et',
  exporting: 'Toplanır…',
  saved: '{{size}} həcmində fayl saxlanıldı: {{path}}',
  logs: 'Log faylları bu qovluqdadır: {{path}}',
  exports: 'İxrac faylları bu qovluqda saxlanılır: {{path}}',
};
