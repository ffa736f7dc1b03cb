import type { ControlTape, DeviceInfo, DocumentResult, PeriodicReport, ShiftStatus } from '../../shared/fiscal/device-results';
import type { ShiftReport } from '../../shared/fiscal/shift-report';
import type { FiscalDocument } from '../../shared/fiscal/documents';
import type { CasposClient } from './caspos/client';
import { buildDocumentRequest, type DocumentRequest } from './caspos/mapping';
import type { Outcome } from './caspos/outcome';
import type { ParentLookup } from './parent-lookup';

/**
 * What the journal needs of a device: build a document's bytes once, send stored bytes as they
 * are. The journal never rebuilds a request; it only calls `send` with what it stored.
 */
export interface FiscalDriver {
  /** `parents` turns a parent's journal UUID into what this device knows it by. */
  build(doc: FiscalDocument, uuid: string, parents: ParentLookup): DocumentRequest;
  send(request: DocumentRequest): Promise<Outcome<DocumentResult>>;
  /** Not documents: no UUID, nothing to re-send. The journal records them as events. */
  openShift(cashierName: string, openingFloat: number): Promise<Outcome<null>>;
  shiftStatus(): Promise<Outcome<ShiftStatus>>;
  xReport(cashierName: string): Promise<Outcome<ShiftReport>>;
  periodicReport(from: Date, to: Date): Promise<Outcome<PeriodicReport>>;
  controlTape(): Promise<Outcome<ControlTape>>;
  info(): Promise<Outcome<DeviceInfo>>;
  printLast(): Promise<Outcome<null>>;
  openDrawer(): Promise<Outcome<null>>;
}

export function casposDriver(client: CasposClient): FiscalDriver {
  return {
    build: buildDocumentRequest,
    send: (request) => client.sendDocument(request),
    openShift: (cashierName, openingFloat) => client.openShift(cashierName, openingFloat),
    shiftStatus: () => client.getShiftStatus(),
    xReport: (cashierName) => client.getXReport(cashierName),
    periodicReport: (from, to) => client.getPeriodicZReport(from, to),
    controlTape: () => client.getControlTape(),
    info: () => client.getInfo(),
    printLast: () => client.printLastCheque(),
    openDrawer: () => client.openCashbox(),
  };
}
