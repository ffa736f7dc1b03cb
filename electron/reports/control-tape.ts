import { taxIncluded } from '../../shared/fiscal/receipt-math';
import type { ControlTape } from '../../shared/fiscal/device-results';
import type { ControlTapeRow, ControlTapeTotals, ControlTapeView, TapeFilters, TapeTenders } from '../../shared/reports/control-tape';
import { documentOf, type JournalEntry } from '../journal/journal';
import { documentFigures } from './document-figures';
import type { FloatBooking } from './float-booking';
import type { OpeningFloat } from './shift-documents';

const noTenders: TapeTenders = { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0 };

function journalRow(entry: JournalEntry): ControlTapeRow {
  const doc = documentOf(entry);
  const figures = documentFigures(doc);
  return {
    uuid: entry.uuid,
    kind: doc.kind,
    deviceType: null,
    openingFloat: false,
    state: entry.state,
    onDevice: null,
    number: entry.result?.documentNumber ?? null,
    documentId: entry.result?.documentId ?? null,
    shortDocumentId: entry.result?.shortDocumentId ?? null,
    createdAt: entry.createdAt,
    total: figures?.total ?? 0,
    tax: figures ? figures.vat.reduce((sum, v) => sum + taxIncluded(v.gross, v.vatRate), 0) : null,
    tenders: figures ? { ...figures.tenders, card: figures.tenders.cashless } : null,
    cashierName: doc.cashierName,
    mismatch: false,
  };
}

function floatRow(float: OpeningFloat): ControlTapeRow {
  return {
    uuid: null,
    kind: 'deposit',
    deviceType: null,
    openingFloat: true,
    state: 'done',
    onDevice: null,
    number: null,
    documentId: null,
    shortDocumentId: null,
    createdAt: float.at,
    total: float.sum,
    tax: 0,
    tenders: { ...noTenders, cash: float.sum },
    cashierName: null,
    mismatch: false,
  };
}

function deviceRow(entry: ControlTape['entries'][number]): ControlTapeRow {
  return {
    uuid: null,
    kind: entry.kind ?? null,
    deviceType: entry.type,
    openingFloat: false,
    state: null,
    onDevice: true,
    number: entry.number ?? null,
    documentId: entry.documentId,
    shortDocumentId: entry.shortDocumentId ?? null,
    createdAt: entry.createdAt ?? '',
    total: entry.total,
    tax: entry.vat,
    tenders: null,
    cashierName: null,
    mismatch: true,
  };
}

/**
 * The shift's documents from the journal beside the device's control tape, matched by the
 * device's document id. What only one side has is the reason for a difference in the totals:
 * a document the journal believes done that the device does not have, or one the device
 * fiscalised that the journal never saw done (made elsewhere, or refused in its answer only).
 */
export function mergeControlTape(
  entries: readonly JournalEntry[],
  opening: { floats: readonly OpeningFloat[]; booking: FloatBooking },
  device: ControlTape | null,
  /** UUIDs of documents whose done answer did not fit them (journal_mismatches): a mismatch whatever the tape says. */
  implausible: ReadonlySet<string> = new Set(),
): ControlTapeRow[] {
  // A device that does not book the float has no document of it: the tape has nothing to show.
  const floats = opening.booking === 'notBooked' ? [] : opening.floats;
  const rows = [...floats.map(floatRow), ...entries.map(journalRow)];
  for (const row of rows) row.mismatch = row.uuid !== null && implausible.has(row.uuid);
  if (!device) return rows;
  // The Z reports on a tape are not documents of the shift's trade.
  const unmatched = new Map(device.entries.filter((e) => e.kind !== 'closeShift').map((e) => [e.documentId, e]));
  const journalIds = new Set(rows.map((row) => row.documentId));
  for (const row of rows) {
    let entry: ControlTape['entries'][number] | undefined;
    if (row.openingFloat) {
      entry = [...unmatched.values()].find((e) => e.kind === 'deposit' && e.total === row.total && !journalIds.has(e.documentId));
    } else if (row.state === 'done' && row.documentId) {
      entry = unmatched.get(row.documentId);
    }
    row.onDevice = entry !== undefined;
    if (entry) {
      unmatched.delete(entry.documentId);
      row.number ??= entry.number ?? null;
      row.documentId ??= entry.documentId;
      row.shortDocumentId ??= entry.shortDocumentId ?? null;
    }
    row.mismatch ||= row.state === 'done' && !row.onDevice;
  }
  // While it is not known how the device books floats, one it has no deposit for is not a missing document.
  const shown = opening.booking === 'unknown' ? rows.filter((row) => !row.openingFloat || row.onDevice) : rows;
  return withDeviceOnly(shown, [...unmatched.values()].map(deviceRow));
}

/**
 * The journal's rows stay in journal order; each row only the device has goes just before the
 * first row the device numbered after it (the device numbers documents in the order it did them).
 */
function withDeviceOnly(rows: ControlTapeRow[], deviceOnly: ControlTapeRow[]): ControlTapeRow[] {
  const ordered = [...rows];
  for (const extra of deviceOnly.sort((a, b) => (a.number ?? 0) - (b.number ?? 0))) {
    const next = ordered.findIndex((row) => row.number !== null && extra.number !== null && row.number > extra.number);
    ordered.splice(next < 0 ? ordered.length : next, 0, extra);
  }
  return ordered;
}

export function filterControlTape(rows: readonly ControlTapeRow[], filters: TapeFilters): ControlTapeRow[] {
  return rows.filter(
    (row) =>
      (!filters.kind || row.kind === filters.kind) &&
      (!filters.tender || (row.tenders?.[filters.tender] ?? 0) > 0) &&
      (!filters.state || (filters.state === 'notInJournal' ? row.state === null : row.state === filters.state)),
  );
}

/** Money given back or taken out counts against the tenders; everything else came in. */
const outgoing = new Set<ControlTapeRow['kind']>(['moneyBack', 'rollBack', 'withdraw']);

/** What the device booked among the rows (done in the journal, or found only on the device); tenders net, in minus out. */
export function controlTapeTotals(rows: readonly ControlTapeRow[]): ControlTapeTotals {
  const byKind = new Map<string, ControlTapeTotals['byKind'][number]>();
  const tenders = { ...noTenders };
  for (const row of rows) {
    if (row.state !== 'done' && row.state !== null) continue;
    const key = row.kind ?? `device:${row.deviceType ?? ''}`;
    const entry = byKind.get(key) ?? { kind: row.kind, count: 0, total: 0 };
    entry.count += 1;
    entry.total += row.total;
    byKind.set(key, entry);
    const sign = outgoing.has(row.kind) ? -1 : 1;
    if (row.tenders) for (const tender of Object.keys(tenders) as (keyof TapeTenders)[]) tenders[tender] += sign * row.tenders[tender];
  }
  return { byKind: [...byKind.values()], tenders, rows: rows.length, mismatches: rows.filter((r) => r.mismatch).length };
}

export function controlTapeView(all: readonly ControlTapeRow[], filters: TapeFilters, device: ControlTape | null): ControlTapeView {
  const rows = filterControlTape(all, filters);
  return { deviceTape: device !== null, shiftNumber: device?.shiftNumber ?? null, rows, totals: controlTapeTotals(rows) };
}
