import type { CapabilitiesTexts } from './capabilities.en';

export const capabilitiesAz: CapabilitiesTexts = {
  cashDrawer: 'pul qutusunun açılması',
  excise: 'sətirdə aksiz',
  cashRounding: 'nağd ödənişin bu cihazın qaydası ilə yuvarlaqlaşdırılması',
  currency: {
    AZN: 'manatla məbləğlər (AZN)',
    UAH: 'qrivnayla məbləğlər (UAH)',
    BYN: 'Belarus rublu ilə məbləğlər (BYN)',
  },
  refund: {
    sale: 'satışın qaytarılması',
    prepayment: 'avansın qaytarılması',
    creditPay: 'kredit ödənişinin qaytarılması',
  },
  report: {
    x: 'X hesabatı',
    periodic: 'dövri hesabat',
    controlTape: 'nəzarət lenti',
    reprint: 'son çekin təkrar çapı',
  },
  features: {
    open: 'Avadanlıq',
    title: 'Mağazada {{device}} üçün nələr var',
    explain: 'Mağazada olmayanı və ya istifadə edilməyəni söndürün: kassada onun düyməsi görünməyəcək və proqram onu rədd edəcək.',
    cashDrawer: 'Pul qutusu qoşulub',
    credit: 'Kreditə satış',
    rollBack: 'Çeklərin ləğvinə (geri çağırılmasına) icazə ver',
    bonus: 'Bonus ballarını qəbul et',
    save: 'Yadda saxla',
    saved: 'Yadda saxlanıldı.',
  },
};
