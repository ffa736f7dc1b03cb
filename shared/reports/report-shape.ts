import type { DeviceCapabilities, DocumentKind, TenderKind } from '../devices/capabilities';
import type { ShiftReport } from '../fiscal/shift-report';
import { operationSections, tenderFigures, type OperationSection } from './report-rows';

type TenderFigure = (typeof tenderFigures)[number];

/** What of a device's capabilities decides the shape of its X and Z tables. */
export type ReportCapabilities = Pick<DeviceCapabilities, 'documentKinds' | 'tenders'>;

/** The rows and tender columns of a shift report's operations table. */
export interface ReportShape {
  sections: readonly OperationSection[];
  tenders: readonly TenderFigure[];
  cashMovements: readonly ('deposit' | 'withdraw')[];
}

const kindOfSection: Record<OperationSection, DocumentKind> = {
  sale: 'sale',
  moneyBack: 'moneyBack',
  rollback: 'rollBack',
  correction: 'correction',
  creditPay: 'creditPay',
  prepayment: 'prepayment',
};

const tenderOfFigure: Record<TenderFigure, TenderKind> = { cash: 'cash', cashless: 'card', bonus: 'bonus', credit: 'credit', prepayment: 'prepayment' };

/**
 * The operations and tenders a device has (its declared capabilities), so a Checkbox report shows
 * no columns of zeros for bonus, credit or prepayment it cannot take. A figure the report does
 * carry (not zero) is shown even so: a table never hides what a device reported. Unknown
 * capabilities (a Z report of a device no longer active) show everything.
 */
export function reportShape(capabilities: ReportCapabilities | null | undefined, report: ShiftReport): ReportShape {
  const kinds = capabilities?.documentKinds;
  const tenders = capabilities?.tenders;
  const hasKind = (kind: DocumentKind) => !kinds || kinds.includes(kind);
  const sectionUsed = (section: OperationSection) => report[section].count !== 0 || report[section].total !== 0;
  const tenderUsed = (figure: TenderFigure) => operationSections.some((section) => report[section][figure] !== 0);
  return {
    sections: operationSections.filter((section) => hasKind(kindOfSection[section]) || sectionUsed(section)),
    tenders: tenderFigures.filter((figure) => !tenders || tenders.includes(tenderOfFigure[figure]) || tenderUsed(figure)),
    cashMovements: (['deposit', 'withdraw'] as const).filter((kind) => hasKind(kind) || report[kind].count !== 0 || report[kind].total !== 0),
  };
}

/**
 * The capabilities to shape a report of device `deviceId` by: the active device's where it made
 * the report (an X report is always the active device's), unknown otherwise.
 */
export function reportingCapabilities(active: { deviceId: string; capabilities: ReportCapabilities | null } | undefined, deviceId?: string): ReportCapabilities | null {
  if (!active || (deviceId !== undefined && deviceId !== active.deviceId)) return null;
  return active.capabilities;
}
