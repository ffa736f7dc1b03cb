import type { CustomerTexts } from './customer.en';

export const customerUk: CustomerTexts = {
  welcome: 'Ласкаво просимо',
  total: 'Разом',
  discount: 'Знижка',
  paid: 'Сплачено',
  change: 'Решта',
  thanks: 'Дякуємо!',
  language: 'Мова екрана покупця',
  window: 'Екран покупця в окремому вікні, на другому моніторі, якщо він є',
  address: 'У браузері екран покупця — це адреса цієї сторінки з #customer у кінці.',
};
