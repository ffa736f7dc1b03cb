import type { DiagnosticsTexts } from './diagnostics.en';

export const diagnosticsRu: DiagnosticsTexts = {
  title: 'Диагностика',
  explain:
    'Один zip-файл для службы поддержки: журналы, настройки и устройства без паролей и PIN-кодов, документы, которые устройство ещё не подтвердило, и собственный ответ устройства.',
  export: 'Экспортировать диагностику',
  exporting: 'Собираем…',
  saved: 'Сохранено {{size}} в {{path}}',
  logs: 'Журналы хранятся в {{path}}',
  exports: 'Экспортированные файлы сохраняются в {{path}}',
};
