import type { OfflineTexts } from './offline.en';

export const offlineUk: OfflineTexts = {
  online: 'Каса онлайн',
  offline: 'Каса офлайн',
  left: 'Залишок офлайн-часу: {{sessionHours}} год {{sessionMinutes}} хв поспіль, {{monthHours}} год {{monthMinutes}} хв цього місяця',
  warn: 'Офлайн-час майже вичерпано: відновіть зв’язок з інтернетом',
  spent: 'Офлайн-час вичерпано: чеки чекають, доки каса буде онлайн',
  undelivered: 'Чеки, створені офлайн, ще не доставлені: {{count}}',
  goOffline: 'Перейти в офлайн',
  goOnline: 'Перейти в онлайн',
  provisional: 'Попередній: створено офлайн, буде підтверджено після доставки до податкової',
};
