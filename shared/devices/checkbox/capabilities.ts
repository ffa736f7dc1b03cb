import type { DeviceCapabilities } from '../capabilities';

/**
 * Checkbox (the API document, seeds/003; drivers/checkbox.md): a cloud register. It sells,
 * returns a sale, takes cash in and out and closes the shift with a Z report; it has no credit,
 * advance, correction or annulment documents (OAS 0.1.79 ReceiptType), no bonus or credit
 * tenders, no drawer and no printer of its own: the app prints. It de-duplicates our receipt
 * `id` ("Вказаний id чеку вже існує"), and a lost answer is settled by asking for that id first
 * (GET, a POST of the same bytes only on 404); it answers CREATED and finishes later, so the
 * journal polls. Tax codes are the
 * organisation's own table, read from the service.
 */
export const checkboxCapabilities = {
  documentKinds: ['sale', 'moneyBack', 'deposit', 'withdraw', 'closeShift'],
  refundTypes: ['sale'],
  tenders: ['cash', 'card'],
  cashDrawer: false,
  printsItself: false,
  reports: ['x', 'periodic', 'controlTape'],
  currency: 'UAH',
  minorUnit: 100,
  timeZone: 'Europe/Kyiv',
  taxSource: 'device',
  // The groups the mapping can find in an organisation's table by rate and label (A4); a table
  // without one of them refuses it in build.
  taxGroups: ['vat20', 'vat14', 'vat7', 'vat0', 'vatFree'],
  // An excise line carries the table's excise code beside its group's (the seed's goods carry several codes).
  excise: true,
  // Ambiguity A5: the 24-hour rule is the commonly stated Ukrainian one, not in the seed.
  shiftHours: 24,
  cashRounding: 'nbu10',
  recovery: 'lookup',
  asyncCompletion: true,
} as const satisfies DeviceCapabilities;
