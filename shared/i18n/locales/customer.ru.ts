import type { CustomerTexts } from './customer.en';

export const customerRu: CustomerTexts = {
  welcome: 'Добро пожаловать',
  total: 'Итого',
  discount: 'Скидка',
  paid: 'Оплачено',
  change: 'Сдача',
  thanks: 'Спасибо!',
  language: 'Язык экрана покупателя',
  window: 'Экран покупателя в отдельном окне, на втором мониторе, если он есть',
  address: 'В браузере экран покупателя — это адрес этой страницы с #customer в конце.',
};
