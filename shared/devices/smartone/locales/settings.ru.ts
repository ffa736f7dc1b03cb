import type { smartOneSettingsEn } from './settings.en';

export const smartOneSettingsRu: typeof smartOneSettingsEn = {
  merchantId: 'Merchant ID (подписывает каждый запрос; выдаётся при регистрации кассы)',
  extIdFormat: 'Формат ключа документа: uuid (текущая прошивка) или int53 (старая прошивка, принимающая число)',
  extIdUuid: 'UUID (идентификатор журнала как есть)',
  extIdInt53: 'Число (int53, для старой прошивки)',
};
