import type { Currency } from '../money';
import { cashRoundingOf } from '../fiscal/cash-rounding';
import { documentTotal } from '../fiscal/document-total';
import type { VatRate } from '../fiscal/catalogue-types';
import type { FiscalDocument, MoneyBackType, Tender } from '../fiscal/documents';
import type { DeviceCapabilities, DeviceReport, DocumentKind, TenderKind } from './capabilities';

/**
 * One thing a button or a call needs of the device. Named as text so the refusal's details and
 * the renderer's translation share it: `document.rollBack`, `tender.credit`, `refund.creditPay`,
 * `report.periodic`, `tax.vat20`, `cashDrawer`, `excise`, and `cashRounding`: a cash payment
 * rounded as the device's rule rounds it.
 */
export type CapabilityNeed = `document.${DocumentKind}` | `tender.${TenderKind}` | `refund.${MoneyBackType}` | `report.${DeviceReport}` | `tax.${VatRate}` | `currency.${Currency}` | 'cashDrawer' | 'excise' | 'cashRounding';

type NeedGroup = 'document' | 'tender' | 'refund' | 'report' | 'tax' | 'currency';

/** The declared list each group of needs is looked up in. */
function listOf(capabilities: DeviceCapabilities, group: NeedGroup): readonly string[] {
  const lists: Record<NeedGroup, readonly string[]> = {
    document: capabilities.documentKinds,
    tender: capabilities.tenders,
    refund: capabilities.refundTypes,
    report: capabilities.reports,
    tax: capabilities.taxGroups,
    currency: [capabilities.currency],
  };
  return lists[group];
}

/** Whether the device can do `need`; a device without a driver (or not yet known) can do nothing. */
export function can(capabilities: DeviceCapabilities | null | undefined, need: CapabilityNeed): boolean {
  if (!capabilities) return false;
  if (need === 'cashDrawer') return capabilities.cashDrawer;
  if (need === 'excise') return capabilities.excise;
  if (need === 'cashRounding') return capabilities.cashRounding !== 'none';
  const [group, name] = need.split('.') as [NeedGroup, string];
  return listOf(capabilities, group).includes(name);
}

/** Everything a document needs: its kind, its currency, each tender it uses, a refund's type, and each tax group (and excise) it names. */
export function documentNeeds(document: FiscalDocument): CapabilityNeed[] {
  const needs: CapabilityNeed[] = [`document.${document.kind}`];
  if (document.currency) needs.push(`currency.${document.currency}`);
  if ('tenders' in document) {
    for (const [tender, amount] of Object.entries(document.tenders) as [Tender, number][]) if (amount > 0) needs.push(`tender.${tender}`);
  }
  if (document.kind === 'moneyBack') needs.push(`refund.${document.moneyBackType}`);
  const groups = new Set(taxGroupsOf(document));
  for (const group of groups) needs.push(`tax.${group}`);
  if ('lines' in document && document.lines?.some((line) => line.excise)) needs.push('excise');
  if ('cashRounding' in document && document.cashRounding) needs.push('cashRounding');
  return needs;
}

/** The tax groups a document names: its lines', or the one of an advance or a correction, or a rollback's breakdown. */
function taxGroupsOf(document: FiscalDocument): VatRate[] {
  switch (document.kind) {
    case 'sale':
    case 'moneyBack':
    case 'creditPay':
      return document.lines.map((line) => line.vatRate);
    case 'prepayment':
      return [document.vatRate, ...(document.lines ?? []).map((line) => line.vatRate)];
    case 'correction':
      return [document.vatRate];
    case 'rollBack':
      return document.vatAmounts.map((amount) => amount.vatRate);
    case 'deposit':
    case 'withdraw':
    case 'closeShift':
      return [];
  }
}

/**
 * The first thing `document` needs that the device cannot do, if any. A rounded cash payment must
 * be rounded exactly as the device's rule does; one left unrounded is paid to the minor unit.
 */
export function missingForDocument(capabilities: DeviceCapabilities | null, document: FiscalDocument): CapabilityNeed | undefined {
  const missing = documentNeeds(document).find((need) => !can(capabilities, need));
  if (missing || !capabilities || !('cashRounding' in document) || document.cashRounding === undefined) return missing;
  const expected = cashRoundingOf(documentTotal(document) ?? 0, document.tenders, capabilities.cashRounding);
  return document.cashRounding === expected ? undefined : 'cashRounding';
}
