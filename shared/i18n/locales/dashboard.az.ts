import type { DashboardTexts } from './dashboard.en';

export const dashboardAz: DashboardTexts = {
  nav: 'Statistika',
  period: 'Dövr',
  scope: {
    shift: 'Cari növbə',
    day: 'Gün',
  },
  previousDay: 'Əvvəlki gün',
  nextDay: 'Növbəti gün',
  today: 'Bu gün',
  chooseDay: 'Günü seçin',
  clock: 'Saatlar cihazın saatı ilədir ({{offset}})',
  table: 'Cədvəl',
  loading: 'Hesablanır…',
  tiles: {
    net: 'Satış',
    netNote: 'qaytarmalar çıxılmaqla',
    receipts: 'Çeklər',
    rolledBack: 'ləğv edilib: {{count}}',
    average: 'Orta çek',
    refunds: 'Qaytarmalar',
    refundCount: 'sayı: {{count}}',
  },
  hours: {
    title: 'Saatlar üzrə satış',
    hour: 'Saat',
    sales: 'Satış',
    refunds: 'Qaytarma',
    net: 'Xalis',
    receipts: 'Çeklər',
  },
  tenders: {
    title: 'Ödəniş növləri',
    tender: 'Ödəniş növü',
    amount: 'Məbləğ',
    share: 'Pay',
  },
  top: {
    title: 'Ən çox satılan mallar',
    byAmount: 'Məbləğə görə',
    byQuantity: 'Miqdara görə',
    product: 'Mal',
    quantity: 'Miqdar',
    amount: 'Məbləğ',
  },
  other: 'Satışa daxil deyil',
  empty: {
    shift: 'Bu növbədə hələ satış yoxdur.',
    day: 'Bu gün satış olmayıb.',
  },
  unsettled: 'Cihaz hələ təsdiqləməyib, ona görə hesablanmayıb: {{count}}',
};
