import type { DiagnosticsTexts } from './diagnostics.en';

export const diagnosticsUk: DiagnosticsTexts = {
  title: 'Діагностика',
  explain:
    'Один zip-файл для служби підтримки: журнали, налаштування та пристрої без паролів і PIN-кодів, документи, які пристрій ще не підтвердив, і власна відповідь пристрою.',
  export: 'Експортувати діагностику',
  exporting: 'Збираємо…',
  saved: 'Збережено {{size}} у {{path}}',
  logs: 'Журнали зберігаються в {{path}}',
  exports: 'Експортовані файли зберігаються в {{path}}',
};
