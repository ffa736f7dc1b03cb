import type { AnswerMismatch } from '../../shared/reports/answer-mismatch';
import { DocumentKind } from '../../shared/reports/control-tape';
import type { Journal, JournalEntry } from '../journal/journal';

/** The documents among `entries` whose done answer did not fit them, for the manager's reports. */
export function answerMismatches(journal: Journal, deviceId: string, entries: readonly JournalEntry[]): AnswerMismatch[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return journal.mismatches.among(deviceId, [...byId.keys()]).flatMap((m) => {
    const entry = byId.get(m.documentId);
    if (!entry) return [];
    const earlier = m.earlierDocumentId === null ? undefined : journal.get(m.earlierDocumentId);
    return [
      {
        uuid: entry.uuid,
        kind: DocumentKind.parse(entry.kind),
        createdAt: entry.createdAt,
        totalDiffers: m.totalDiffers,
        documentTotal: m.documentTotal,
        deviceTotal: m.deviceTotal,
        deviceDocumentId: m.deviceDocumentId,
        earlierUuid: earlier?.uuid ?? null,
      },
    ];
  });
}
