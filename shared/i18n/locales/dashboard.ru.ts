import type { DashboardTexts } from './dashboard.en';

export const dashboardRu: DashboardTexts = {
  nav: 'Сводка',
  period: 'Период',
  scope: {
    shift: 'Текущая смена',
    day: 'День',
  },
  previousDay: 'Предыдущий день',
  nextDay: 'Следующий день',
  today: 'Сегодня',
  chooseDay: 'Выбрать день',
  clock: 'Время по часам устройства ({{offset}})',
  table: 'Таблица',
  loading: 'Считаем…',
  tiles: {
    net: 'Продажи',
    netNote: 'за вычетом возвратов',
    receipts: 'Чеки',
    rolledBack: 'отменено: {{count}}',
    average: 'Средний чек',
    refunds: 'Возвраты',
    refundCount: 'количество: {{count}}',
  },
  hours: {
    title: 'Продажи по часам',
    hour: 'Час',
    sales: 'Продажи',
    refunds: 'Возвраты',
    net: 'Итого',
    receipts: 'Чеки',
  },
  tenders: {
    title: 'Способы оплаты',
    tender: 'Способ оплаты',
    amount: 'Сумма',
    share: 'Доля',
  },
  top: {
    title: 'Топ товаров',
    byAmount: 'По сумме',
    byQuantity: 'По количеству',
    product: 'Товар',
    quantity: 'Количество',
    amount: 'Сумма',
  },
  other: 'Не входит в продажи',
  empty: {
    shift: 'В этой смене ещё нет продаж.',
    day: 'В этот день продаж не было.',
  },
  unsettled: 'Ещё не подтверждено устройством, поэтому не учтено: {{count}}',
};
