import type { Locale } from '../../locale';
import type { PrintableKind, PrintableTender } from '../printable-receipt';

/** The words our own receipt layout prints, in the paper's language (the service's text has its own). */
export interface PaperLabels {
  title: Record<PrintableKind, string>;
  number: string;
  total: string;
  rounding: string;
  tender: Record<PrintableTender, string>;
  change: string;
  fiscalCode: string;
  provisional: string;
  /** The mark of a reprint, above and below the receipt. */
  copy: string;
  /** The heading of the printer's test page. */
  testPage: string;
}

export const paperLabels: Record<Locale, PaperLabels> = {
  uk: {
    title: { sale: 'ФІСКАЛЬНИЙ ЧЕК', return: 'ЧЕК ПОВЕРНЕННЯ', serviceIn: 'СЛУЖБОВЕ ВНЕСЕННЯ', serviceOut: 'СЛУЖБОВЕ ВИЛУЧЕННЯ' },
    number: 'ЧЕК №',
    total: 'СУМА',
    rounding: 'Заокруглення',
    tender: { cash: 'Готівка', card: 'Картка', other: 'Інше' },
    change: 'Решта',
    fiscalCode: 'ФН чека',
    provisional: 'ОФЛАЙН: чек ще не передано до ДПС',
    copy: 'КОПІЯ',
    testPage: 'Kassa: перевірка принтера чеків',
  },
  ru: {
    title: { sale: 'ФИСКАЛЬНЫЙ ЧЕК', return: 'ЧЕК ВОЗВРАТА', serviceIn: 'СЛУЖЕБНОЕ ВНЕСЕНИЕ', serviceOut: 'СЛУЖЕБНОЕ ИЗЪЯТИЕ' },
    number: 'ЧЕК №',
    total: 'СУММА',
    rounding: 'Округление',
    tender: { cash: 'Наличные', card: 'Карта', other: 'Другое' },
    change: 'Сдача',
    fiscalCode: 'ФН чека',
    provisional: 'ОФЛАЙН: чек ещё не передан в налоговую',
    copy: 'КОПИЯ',
    testPage: 'Kassa: проверка принтера чеков',
  },
  az: {
    title: { sale: 'FİSKAL ÇEK', return: 'QAYTARMA ÇEKİ', serviceIn: 'KASSAYA MƏDAXİL', serviceOut: 'KASSADAN MƏXARİC' },
    number: 'ÇEK №',
    total: 'CƏMİ',
    rounding: 'Yuvarlaqlaşdırma',
    tender: { cash: 'Nağd', card: 'Kart', other: 'Digər' },
    change: 'Qaytarılan məbləğ',
    fiscalCode: 'Fiskal kod',
    provisional: 'OFLAYN: çek hələ vergi xidmətinə göndərilməyib',
    copy: 'SURƏT',
    testPage: 'Kassa: çek printerinin yoxlanışı',
  },
  en: {
    title: { sale: 'FISCAL RECEIPT', return: 'REFUND RECEIPT', serviceIn: 'CASH IN', serviceOut: 'CASH OUT' },
    number: 'RECEIPT No',
    total: 'TOTAL',
    rounding: 'Rounding',
    tender: { cash: 'Cash', card: 'Card', other: 'Other' },
    change: 'Change',
    fiscalCode: 'Fiscal code',
    provisional: 'OFFLINE: not yet delivered to the tax service',
    copy: 'COPY',
    testPage: 'Kassa: receipt printer test',
  },
};
