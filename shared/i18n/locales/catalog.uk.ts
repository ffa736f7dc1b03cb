import type { CatalogTexts } from './catalog.en';

export const catalogUk: CatalogTexts = {
  importErrors: {
    noRows: 'У файлі немає товарів: потрібен рядок заголовків і під ним хоча б один рядок із товаром.',
    missingColumn: 'Бракує стовпця «{{value}}»; він потрібен у кожному файлі.',
    unknownColumn:
      'Стовпець «{{value}}» невідомий. Перейменуйте його на один із name, barcodes, code, price, vat, unit, codeType, markingRequired, favourite, position або видаліть.',
    duplicateColumn: 'Стовпець «{{value}}» є двічі; залиште лише один.',
    badCsv: 'Цей рядок неможливо прочитати: лапки відкрито, але не закрито.',
    tooManyValues: 'У цьому рядку більше значень, ніж стовпців у заголовку.',
    required: 'Це значення треба заповнити.',
    tooLong: '«{{value}}» задовге: назва може мати до 255 символів, код або штрихкод — до 64.',
    badText: '«{{value}}» містить символи, які не можна надрукувати в чеку (керівні символи або пошкоджений Unicode).',
    badPrice: 'Ціна «{{value}}» неправильна: пишіть її як 1.99 або 1,99, не більше двох знаків після коми.',
    badVat: 'Ставку ПДВ «{{value}}» не розпізнано: вкажіть vat18, tradeVat18, vatFree, vat0, simplified2 або simplified8 (чи 18, 0, free, 2, 8).',
    badUnit: 'Одиницю виміру «{{value}}» не розпізнано: вкажіть piece, kg, litre, metre, m2 або m3.',
    badCodeType: 'Тип коду «{{value}}» не розпізнано: вкажіть plain, ean8, ean13 або service.',
    badFlag: '«{{value}}» не означає ні «так», ні «ні»: вкажіть yes, no, true, false, 1 або 0.',
    badPosition: 'Позиція «{{value}}» — не ціле число від 0 до 999999.',
    badBarcode: 'У штрихкоді «{{value}}» є пробіли або символи, яких сканер не надсилає.',
    duplicateBarcode: 'Штрихкод {{value}} належить ще й іншому товару; штрихкод може належати лише одному товару.',
    duplicateCode: 'Код {{value}} має ще й інший товар у файлі; кожен код позначає один товар.',
  },
};
