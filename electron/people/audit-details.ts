import { z } from 'zod';
import type { ChannelName } from '../../shared/ipc/names';
import type { AuditDetails } from '../../shared/people/audit';
import { FiscalDocument } from '../../shared/fiscal/documents';
import { JournalDocumentView } from '../../shared/ipc/journal-view';
import { ZReportRecord } from '../../shared/reports/z-report';
import { overShort } from '../../shared/fiscal/cash-count';
import { catalogueAuditDetails } from '../catalog/catalogue-audit';

const DocumentDecision = z.object({ uuid: z.string(), state: z.string() });

/**
 * What the audit log keeps of a privileged call, for a manager to read later: the channel, the
 * document's kind, its amount and the device's number, a withdrawal's reason, a sale's discount,
 * a Z report's number and the drawer's over or short. Never inputs as a whole.
 */
export function auditDetails(channel: ChannelName, input: unknown, value: unknown): AuditDetails {
  const details: AuditDetails = { channel };
  const document = FiscalDocument.safeParse((input as { document?: unknown } | undefined)?.document);
  if (document.success) {
    details.kind = document.data.kind;
    if ((document.data.kind === 'withdraw' || document.data.kind === 'deposit') && document.data.reason) details.reason = document.data.reason;
    if (document.data.kind === 'sale') details.discount = document.data.lines.reduce((sum, line) => sum + line.discount, 0);
  }
  const made = JournalDocumentView.safeParse(value);
  if (made.success) {
    details.uuid = made.data.uuid;
    details.state = made.data.state;
    if (made.data.total !== null) details.amount = made.data.total;
    if (made.data.result) details.number = made.data.result.documentNumber;
  } else {
    // A decision on a document rather than a document made (a quarantined row set aside): which one, and what became of it.
    const decided = DocumentDecision.safeParse(value);
    if (decided.success) Object.assign(details, decided.data);
  }
  const z = ZReportRecord.safeParse(value);
  if (z.success) {
    details.zNumber = z.data.reportNumber;
    if (z.data.cashCount) details.overShort = overShort(z.data.cashCount);
  }
  return { ...details, ...catalogueAuditDetails(channel, input, value) };
}
