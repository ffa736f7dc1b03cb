import type { OfflineTexts } from './offline.en';

export const offlineAz: OfflineTexts = {
  online: 'Kassa onlayndır',
  offline: 'Kassa oflayndır',
  left: 'Oflayn vaxtdan qalan: ardıcıl {{sessionHours}} saat {{sessionMinutes}} dəq, bu ay {{monthHours}} saat {{monthMinutes}} dəq',
  warn: 'Oflayn vaxt demək olar ki, bitib: internet bağlantısını bərpa edin',
  spent: 'Oflayn vaxt bitib: çeklər kassa onlayn olanadək gözləyir',
  undelivered: 'Oflayn yaradılmış, hələ çatdırılmamış çeklər: {{count}}',
  goOffline: 'Oflayna keç',
  goOnline: 'Onlayna keç',
  provisional: 'İlkin: oflayn yaradılıb, vergi orqanına çatdırılandan sonra təsdiqlənəcək',
};
