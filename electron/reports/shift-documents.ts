import { z } from 'zod';
import { documentOf, type Journal, type JournalEntry } from '../journal/journal';
import { documentFigures } from './document-figures';
import type { BookedDocument } from './shift-totals';

/** What the journal keeps of an openShift call (ipc/handlers.ts); older records lack the float. */
const OpenShiftRecord = z.object({ openingFloat: z.number().int().nonnegative() });

export interface OpeningFloat {
  at: string;
  sum: number;
}

/** A shift in the journal: what happened between one Z report and the next. */
export interface ShiftDocuments {
  /** The Z report that ended the shift before; absent in the journal's first shift. */
  previousZ: JournalEntry | undefined;
  /** Every document of the shift, in journal order and in any state; Z reports are not among them. */
  documents: JournalEntry[];
  /** Opening floats above zero; whether the device booked them as deposits is the device's own (float-booking.ts). */
  openingFloats: OpeningFloat[];
}

const endOfTime = '9999-12-31T23:59:59.999Z';

/** The shift still open: everything after the last Z report the device did. */
export function currentShiftDocuments(journal: Journal, deviceId: string): ShiftDocuments {
  const previousZ = journal.lastDone(deviceId, 'closeShift');
  return slice(journal, deviceId, previousZ, undefined);
}

/** The shift that `z` (a done closeShift) ended. */
export function closedShiftDocuments(journal: Journal, deviceId: string, z: JournalEntry): ShiftDocuments {
  return slice(journal, deviceId, journal.lastDone(deviceId, 'closeShift', z.id), z);
}

/** Documents the device settled within a date range, and the opening floats of that range. */
export function documentsBetween(journal: Journal, deviceId: string, fromIso: string, toIso: string): Omit<ShiftDocuments, 'previousZ'> {
  return {
    documents: journal.doneBetween(deviceId, fromIso, toIso).filter((entry) => entry.kind !== 'closeShift'),
    openingFloats: openingFloats(journal, deviceId, fromIso, toIso),
  };
}

function slice(journal: Journal, deviceId: string, previousZ: JournalEntry | undefined, z: JournalEntry | undefined): ShiftDocuments {
  const documents = journal.between(deviceId, previousZ?.id ?? 0, z?.id).filter((entry) => entry.kind !== 'closeShift');
  // A shift opens after the Z report before it was done, and closes when its own Z is journaled.
  return { previousZ, documents, openingFloats: openingFloats(journal, deviceId, previousZ?.updatedAt ?? '', z?.createdAt ?? endOfTime) };
}

function openingFloats(journal: Journal, deviceId: string, fromIso: string, toIso: string): OpeningFloat[] {
  return journal.doneEvents(deviceId, 'openShift', fromIso, toIso).flatMap(({ at, detail }) => {
    const parsed = OpenShiftRecord.safeParse(detail);
    return parsed.success && parsed.data.openingFloat > 0 ? [{ at, sum: parsed.data.openingFloat }] : [];
  });
}

/** The documents the device did, with their figures; refused and unsettled ones count for nothing. */
export function bookedDocuments(entries: readonly JournalEntry[]): BookedDocument[] {
  return entries.flatMap((entry) => {
    if (entry.state !== 'done') return [];
    const figures = documentFigures(documentOf(entry));
    return figures ? [{ figures, number: entry.result?.documentNumber }] : [];
  });
}
