import type { smartOneSettingsEn } from './settings.en';

export const smartOneSettingsUk: typeof smartOneSettingsEn = {
  merchantId: 'Merchant ID (підписує кожен запит; видається під час реєстрації каси)',
  extIdFormat: 'Формат ключа документа: uuid (поточна прошивка) або int53 (стара прошивка, що приймає число)',
  extIdUuid: 'UUID (ідентифікатор журналу як є)',
  extIdInt53: 'Число (int53, для старішої прошивки)',
};
