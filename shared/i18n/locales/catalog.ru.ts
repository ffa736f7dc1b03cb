import type { CatalogTexts } from './catalog.en';

export const catalogRu: CatalogTexts = {
  importErrors: {
    noRows: 'В файле нет товаров: нужна строка заголовков и под ней хотя бы одна строка с товаром.',
    missingColumn: 'Не хватает столбца «{{value}}»; он нужен в каждом файле.',
    unknownColumn:
      'Столбец «{{value}}» неизвестен. Переименуйте его в один из name, barcodes, code, price, vat, unit, codeType, markingRequired, favourite, position или удалите.',
    duplicateColumn: 'Столбец «{{value}}» встречается дважды; оставьте только один.',
    badCsv: 'Эту строку невозможно прочитать: кавычка открыта, но не закрыта.',
    tooManyValues: 'В этой строке больше значений, чем столбцов в заголовке.',
    required: 'Это значение нужно заполнить.',
    tooLong: '«{{value}}» слишком длинное: в названии может быть до 255 символов, в коде или штрихкоде — до 64.',
    badText: '«{{value}}» содержит символы, которые нельзя напечатать в чеке (управляющие символы или повреждённый Unicode).',
    badPrice: 'Цена «{{value}}» неверна: пишите её как 1.99 или 1,99, не больше двух знаков после запятой.',
    badVat: 'Ставка НДС «{{value}}» не распознана: укажите vat18, tradeVat18, vatFree, vat0, simplified2 или simplified8 (или 18, 0, free, 2, 8).',
    badUnit: 'Единица измерения «{{value}}» не распознана: укажите piece, kg, litre, metre, m2 или m3.',
    badCodeType: 'Тип кода «{{value}}» не распознан: укажите plain, ean8, ean13 или service.',
    badFlag: '«{{value}}» не означает ни «да», ни «нет»: укажите yes, no, true, false, 1 или 0.',
    badPosition: 'Позиция «{{value}}» — не целое число от 0 до 999999.',
    badBarcode: 'В штрихкоде «{{value}}» есть пробелы или символы, которые сканер не отправляет.',
    duplicateBarcode: 'Штрихкод {{value}} принадлежит ещё и другому товару; штрихкод может принадлежать только одному товару.',
    duplicateCode: 'Код {{value}} есть ещё у другого товара в файле; каждый код обозначает один товар.',
  },
};
