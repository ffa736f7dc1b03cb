import type { smartOneSettingsEn } from './settings.en';

export const smartOneSettingsAz: typeof smartOneSettingsEn = {
  merchantId: 'Merchant ID (hər sorğunu imzalayır; kassa qeydiyyatdan keçəndə verilir)',
  extIdFormat: 'Sənəd açarının formatı: uuid (cari proqram təminatı) və ya int53 (rəqəm qəbul edən köhnə proqram təminatı)',
  extIdUuid: 'UUID (jurnalın identifikatoru olduğu kimi)',
  extIdInt53: 'Rəqəm (int53, köhnə proqram təminatı üçün)',
};
