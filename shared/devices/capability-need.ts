import type { FiscalDocument, MoneyBackType, Tender } from '../fiscal/documents';
import type { DeviceCapabilities, DeviceReport, DocumentKind, TenderKind } from './capabilities';

/**
 * One thing a button or a call needs of the device. Named as text so the refusal's details and
 * the renderer's translation share it: `document.rollBack`, `tender.credit`, `refund.creditPay`,
 * `report.periodic`, `cashDrawer`.
 */
export type CapabilityNeed = `document.${DocumentKind}` | `tender.${TenderKind}` | `refund.${MoneyBackType}` | `report.${DeviceReport}` | 'cashDrawer';

type NeedGroup = 'document' | 'tender' | 'refund' | 'report';

/** The declared list each group of needs is looked up in. */
function listOf(capabilities: DeviceCapabilities, group: NeedGroup): readonly string[] {
  const lists: Record<NeedGroup, readonly string[]> = {
    document: capabilities.documentKinds,
    tender: capabilities.tenders,
    refund: capabilities.refundTypes,
    report: capabilities.reports,
  };
  return lists[group];
}

/** Whether the device can do `need`; a device without a driver (or not yet known) can do nothing. */
export function can(capabilities: DeviceCapabilities | null | undefined, need: CapabilityNeed): boolean {
  if (!capabilities) return false;
  if (need === 'cashDrawer') return capabilities.cashDrawer;
  const [group, name] = need.split('.') as [NeedGroup, string];
  return listOf(capabilities, group).includes(name);
}

/** Everything a document needs: its kind, each tender it uses, and a refund's type. */
export function documentNeeds(document: FiscalDocument): CapabilityNeed[] {
  const needs: CapabilityNeed[] = [`document.${document.kind}`];
  if ('tenders' in document) {
    for (const [tender, amount] of Object.entries(document.tenders) as [Tender, number][]) if (amount > 0) needs.push(`tender.${tender}`);
  }
  if (document.kind === 'moneyBack') needs.push(`refund.${document.moneyBackType}`);
  return needs;
}

/** The first thing `document` needs that the device cannot do, if any. */
export function missingForDocument(capabilities: DeviceCapabilities | null, document: FiscalDocument): CapabilityNeed | undefined {
  return documentNeeds(document).find((need) => !can(capabilities, need));
}
