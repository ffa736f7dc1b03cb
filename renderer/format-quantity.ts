import type { QuantityUnit } from '../shared/fiscal/catalogue-types';
import { formatLocale, type Locale } from '../shared/locale';

/** Unit symbols as each language writes them; a piece needs none. */
const unitSymbol: Record<Locale, Record<QuantityUnit, string>> = {
  az: { piece: '', kg: ' kq', litre: ' l', metre: ' m', m2: ' m²', m3: ' m³' },
  uk: { piece: '', kg: ' кг', litre: ' л', metre: ' м', m2: ' м²', m3: ' м³' },
  ru: { piece: '', kg: ' кг', litre: ' л', metre: ' м', m2: ' м²', m3: ' м³' },
  en: { piece: '', kg: ' kg', litre: ' l', metre: ' m', m2: ' m²', m3: ' m³' },
};

/** A unit's symbol alone ("kq", "кг"), for a keypad that takes a quantity in it; none for a piece. */
export function unitSymbolOf(unit: QuantityUnit, locale: Locale): string | undefined {
  return unitSymbol[locale][unit].trim() || undefined;
}

/** 1250 thousandths of a kilogram -> "1,25 kq"; 3000 thousandths of a piece -> "3". */
export function formatQuantity(thousandths: number, unit: QuantityUnit, locale: Locale): string {
  const number = new Intl.NumberFormat(formatLocale[locale], { maximumFractionDigits: 3 }).format(thousandths / 1000);
  return `${number}${unitSymbol[locale][unit]}`;
}
