import type { CatalogTexts } from './catalog.en';

export const catalogAz: CatalogTexts = {
  importErrors: {
    noRows: 'Faylda məhsul yoxdur: başlıq sətri və onun altında ən azı bir məhsul sətri olmalıdır.',
    missingColumn: '“{{value}}” sütunu yoxdur; hər faylda o olmalıdır.',
    unknownColumn:
      '“{{value}}” sütunu tanınmır. Onun adını name, barcodes, code, price, vat, unit, codeType, markingRequired, favourite, position adlarından birinə dəyişin və ya sütunu silin.',
    duplicateColumn: '“{{value}}” sütunu iki dəfə var; yalnız birini saxlayın.',
    badCsv: 'Bu sətri oxumaq mümkün deyil: dırnaq işarəsi açılıb, amma bağlanmayıb.',
    tooManyValues: 'Bu sətirdə başlıqdakı sütunlardan çox dəyər var.',
    required: 'Bu dəyər doldurulmalıdır.',
    tooLong: '“{{value}}” çox uzundur: ad 255 simvol, kod və ya barkod 64 simvol ola bilər.',
    badText: '“{{value}}” qəbzdə çap oluna bilməyən simvollar ehtiva edir (idarəetmə simvolları və ya pozulmuş Unicode).',
    badPrice: '“{{value}}” qiyməti düzgün deyil: onu 1.99 və ya 1,99 kimi, ən çoxu iki onluq rəqəmlə yazın.',
    badVat: '“{{value}}” ƏDV dərəcəsi tanınmır: vat18, tradeVat18, vatFree, vat0, simplified2 və ya simplified8 yazın (və ya 18, 0, free, 2, 8).',
    badUnit: '“{{value}}” ölçü vahidi tanınmır: piece, kg, litre, metre, m2 və ya m3 yazın.',
    badCodeType: '“{{value}}” kod növü tanınmır: plain, ean8, ean13 və ya service yazın.',
    badFlag: '“{{value}}” nə “bəli”, nə də “xeyr” deməkdir: yes, no, true, false, 1 və ya 0 yazın.',
    badPosition: '“{{value}}” sıra nömrəsi 0-dan 999999-a qədər tam ədəd deyil.',
    badBarcode: '“{{value}}” barkodunda boşluq və ya skanerin göndərmədiyi simvollar var.',
    duplicateBarcode: '{{value}} barkodu başqa məhsula da aiddir; barkod yalnız bir məhsula aid ola bilər.',
    duplicateCode: '{{value}} kodu fayldakı başqa məhsula da verilib; hər kod bir məhsulu bildirir.',
  },
};
