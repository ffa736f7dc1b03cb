import type { OfflineTexts } from './offline.en';

export const offlineRu: OfflineTexts = {
  online: 'Касса онлайн',
  offline: 'Касса офлайн',
  left: 'Осталось офлайн-времени: {{sessionHours}} ч {{sessionMinutes}} мин подряд, {{monthHours}} ч {{monthMinutes}} мин в этом месяце',
  warn: 'Офлайн-время почти исчерпано: восстановите связь с интернетом',
  spent: 'Офлайн-время исчерпано: чеки ждут, пока касса будет онлайн',
  undelivered: 'Чеки, созданные офлайн, ещё не доставлены: {{count}}',
  goOffline: 'Перейти в офлайн',
  goOnline: 'Перейти в онлайн',
  provisional: 'Предварительный: создан офлайн, будет подтверждён после доставки в налоговую',
};
