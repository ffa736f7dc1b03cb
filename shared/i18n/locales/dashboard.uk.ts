import type { DashboardTexts } from './dashboard.en';

export const dashboardUk: DashboardTexts = {
  nav: 'Зведення',
  period: 'Період',
  scope: {
    shift: 'Поточна зміна',
    day: 'День',
  },
  previousDay: 'Попередній день',
  nextDay: 'Наступний день',
  today: 'Сьогодні',
  chooseDay: 'Вибрати день',
  clock: 'Час за годинником пристрою ({{offset}})',
  table: 'Таблиця',
  loading: 'Рахуємо…',
  tiles: {
    net: 'Продажі',
    netNote: 'за вирахуванням повернень',
    receipts: 'Чеки',
    rolledBack: 'скасовано: {{count}}',
    average: 'Середній чек',
    refunds: 'Повернення',
    refundCount: 'кількість: {{count}}',
  },
  hours: {
    title: 'Продажі за годинами',
    hour: 'Година',
    sales: 'Продажі',
    refunds: 'Повернення',
    net: 'Підсумок',
    receipts: 'Чеки',
  },
  tenders: {
    title: 'Способи оплати',
    tender: 'Спосіб оплати',
    amount: 'Сума',
    share: 'Частка',
  },
  top: {
    title: 'Топ товарів',
    byAmount: 'За сумою',
    byQuantity: 'За кількістю',
    product: 'Товар',
    quantity: 'Кількість',
    amount: 'Сума',
  },
  other: 'Не входить у продажі',
  empty: {
    shift: 'У цій зміні ще немає продажів.',
    day: 'Цього дня продажів не було.',
  },
  unsettled: 'Ще не підтверджено пристроєм, тому не враховано: {{count}}',
};
