import type { CustomerTexts } from './customer.en';

export const customerAz: CustomerTexts = {
  welcome: 'Xoş gəlmisiniz',
  total: 'Cəmi',
  discount: 'Endirim',
  paid: 'Ödənilib',
  change: 'Qaytarılacaq',
  thanks: 'Təşəkkür edirik!',
  language: 'Müştəri ekranının dili',
  window: 'Müştəri ekranı ayrıca pəncərədə, varsa ikinci ekranda',
  address: 'Brauzerdə müştəri ekranı bu səhifənin ünvanıdır, sonunda #customer.',
};
