/**
 * SmartX carries money as BYN major units with a dot ("7.97") and quantity with three decimals
 * ("1.500"). Both directions are integer formatting and parsing: a float never touches a figure.
 */

/** Kopecks to the device's roubles: 797 → "7.97", 1500 → "15.00". */
export function formatMoney(kopecks: number): string {
  return formatScaled(kopecks, 2);
}

/** Thousandths to the device's quantity: 1500 → "1.500". */
export function formatQuantity(thousandths: number): string {
  return formatScaled(thousandths, 3);
}

function formatScaled(value: number, decimals: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer amount: ${value}`);
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value)).padStart(decimals + 1, '0');
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

const decimal = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * A device figure (a decimal string, or a JSON number as the field client sends) in units of
 * 10^-decimals, or null when it has more decimals than that or is no number at all. A JSON number
 * is read through its shortest text, which is exact for every figure with at most 15 digits.
 */
export function parseScaled(value: string | number, decimals: number): number | null {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? numberText(value) : '') : value.trim();
  const match = decimal.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > decimals) return null;
  const scaled = Number(`${whole}${fraction.padEnd(decimals, '0')}`);
  if (!Number.isSafeInteger(scaled)) return null;
  return sign === '-' ? -scaled : scaled;
}

/** Plain digits for a JSON number: `1e-7` style exponents spelled out so the decimal pattern reads them. */
function numberText(value: number): string {
  const text = String(value);
  return text.includes('e') ? value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : text;
}

export const parseMoney = (value: string | number): number | null => parseScaled(value, 2);
export const parseQuantity = (value: string | number): number | null => parseScaled(value, 3);
