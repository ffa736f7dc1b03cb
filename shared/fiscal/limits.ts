/**
 * The largest figures and texts a fiscal document may carry. Each is well inside what the
 * devices accept and keeps every sum the app computes a safe integer (below 2^53 ≈ 9.007e15)
 * with a wide margin: price × quantity is multiplied before it is divided (receipt-math.ts), and
 * reports add up a year of documents. Refused at the IPC boundary, never journaled.
 */

/**
 * Any one sum of money in minor units: a line's total, a discount, a document's total, each
 * tender, a cash deposit or withdrawal, a correction's cash or card: 9,999,999.99. SmartX caps an
 * amount at 99,999,999,999.99 and Caspos sends money as JSON decimals (wire-numbers.ts), exact
 * far beyond this; a till's receipt above ten million is a typing error. A million documents at
 * this maximum still add up to 1e15, a safe integer.
 */
export const maxMoney = 999_999_999;

/** A unit price in minor units, 999,999.99: times the largest quantity it is at most 1e14, far below 2^53. */
export const maxPrice = 99_999_999;

/**
 * A line's quantity in thousandths, 999,999.999 units: a thousand tonnes sold by the kilo, a
 * million pieces. Caspos and Checkbox give no maximum, and a wholesale line (20 t of cement in kg,
 * 15,000 litres of fuel) must pass; what keeps the figures safe is the line total, checked against
 * maxMoney before any sum is used (a product beyond 2^53 is refused there, however rounded).
 * SmartX's own cap (9,999.999, its codes 415/416) is that driver's to declare, not every device's.
 */
export const maxQuantity = 999_999_999;

/** Lines of one receipt: Caspos refuses "too many items" (620); the training device at 500 too. */
export const maxLines = 500;

/** A credit sale's payments: one a month for over 80 years; more is not a credit plan. */
export const maxPaymentNumber = 1_000;

/** Marking codes of one line: one per marked piece scanned; a crate of 100 is the most one line holds. */
export const maxMarkingCodes = 100;

/**
 * A marking code (excise DataMatrix): Caspos refuses a wrong length (622) without giving the
 * figure; the training device takes up to 255, so no longer code can be right. The lower bound is
 * the device's to judge.
 */
export const maxMarkingCodeLength = 255;

/** An item's name: Caspos refuses a longer one (635, "invalid item name len"). */
export const maxItemNameLength = 255;

/** An item's code and our line ids: Caspos refuses a longer code (609). */
export const maxItemCodeLength = 64;

/** The cashier's name on the receipt: Caspos refuses "too long cashier string" (608); a person's name is at most this. */
export const maxPersonNameLength = 128;

/** A credit contract's number: Caspos refuses a longer one (630). */
export const maxContractLength = 64;

/** The payer of a credit and a client's name: Caspos refuses a longer payer (631). */
export const maxPayerLength = 128;

/** A receipt note printed under the receipt: one paragraph; the shop's receipt note setting is 200. */
export const maxNoteLength = 255;
/** Why cash went in or out of the drawer: one line, as the cashier says it. */
export const maxCashReasonLength = 120;

/** A bonus card's number: Caspos refuses a wrong length (647); card numbers are at most 19 digits, with margin. */
export const maxBonusCardLength = 32;

/**
 * A card payment's RRN: ISO 8583 makes it 12 characters and Caspos checks that itself (646); other
 * terminals print longer references, so the contract bounds it only.
 */
export const maxRrnLength = 32;

/** The card slip's other fields (approval code, transaction id and number): short codes a terminal prints. */
export const maxSlipFieldLength = 64;

/** A device's id of a document (parent of a refund or a rollback): Caspos refuses a wrong one (615); its ids are short. */
export const maxDocumentIdLength = 100;
