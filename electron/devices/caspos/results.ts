import { ControlTape, DeviceInfo, DocumentResult, PeriodicReport, ShiftStatus } from '../../../shared/fiscal/device-results';
import { ControlTapeAnswer, DocumentAnswer, InfoAnswer, PeriodicReportAnswer, ShiftStatusAnswer } from './answers';
import { parseDeviceTime } from './device-time';
import { fromWireMoney } from './wire-numbers';

/**
 * Answers -> our results. Each reader throws on data it cannot trust; the client turns that into
 * "unknown". A result is checked against our own schema too: a figure a device sends beyond a safe
 * integer (1e308 qəpik) must not reach the journal, which could not read it back.
 */
export function readDocument(data: unknown): DocumentResult {
  const a = DocumentAnswer.parse(data);
  const total = a.totalSum === undefined ? undefined : fromWireMoney(a.totalSum);
  // A total beyond a safe integer cannot be kept, but the device did say "done": the document is
  // settled and its total flagged as not fitting (journal mismatches). Read as unknown instead, it
  // would be re-sent for ever, each time answered the same, holding every later sale back.
  const totalUnreadable = total !== undefined && !Number.isSafeInteger(total);
  return DocumentResult.parse({
    documentId: a.documentId,
    documentNumber: a.documentNumber,
    shiftDocumentNumber: a.shiftDocumentNumber,
    shortDocumentId: a.shortDocumentId ?? a.documentId.slice(0, 12),
    barcode: a.number,
    total: totalUnreadable ? undefined : total,
    ...(totalUnreadable ? { totalUnreadable } : {}),
    rrn: a.rrn,
    approvalCode: a.approvalCode,
    transactionId: a.transactionId,
    transactionNumber: a.transactionNumber,
  });
}

export function readInfo(data: unknown): DeviceInfo {
  const a = InfoAnswer.parse(data);
  return DeviceInfo.parse({
    model: a.cashregisterModel,
    applicationVersion: a.applicationVersion,
    cashboxTaxNumber: a.cashboxTaxNumber,
    cashboxFactoryNumber: a.cashboxFactoryNumber,
    cashRegisterFactoryNumber: a.cashregisterFactoryNumber,
    companyName: a.companyName,
    companyTaxNumber: a.companyTaxNumber,
    objectName: a.objectName,
    objectAddress: a.objectAddress,
    objectTaxNumber: a.objectTaxNumber,
    lastDocumentNumber: a.lastDocNumber === undefined ? undefined : Math.round(a.lastDocNumber),
    lastOnlineAt: parseDeviceTime(a.lastOnlineTime, 'device'),
    qrCodeUrl: a.qrCodeUrl,
    state: a.state,
    tokenVersion: a.tokenVersion,
  });
}

export function readShiftStatus(data: unknown): ShiftStatus {
  const a = ShiftStatusAnswer.parse(data);
  return ShiftStatus.parse({ open: a.shiftOpen, openedAt: a.shiftOpen ? parseDeviceTime(a.shiftOpenTime ?? undefined, 'device') : undefined });
}

export function readControlTape(data: unknown): ControlTape {
  const a = ControlTapeAnswer.parse(data);
  return ControlTape.parse({
    shiftNumber: a.shiftNumber,
    shiftOpenedAt: parseDeviceTime(a.shiftOpenAtUtc, 'utc'),
    createdAt: parseDeviceTime(a.createdAtUtc, 'utc'),
    entries: a.tape.map((e) => ({
      documentId: e.documentId,
      shortDocumentId: e.shortDocumentId,
      number: e.number,
      type: e.type,
      createdAt: parseDeviceTime(e.createdAtUtc, 'utc'),
      itemCount: e.itemCount,
      total: fromWireMoney(e.totalSum),
      vat: fromWireMoney(e.totalVat),
      delivered: e.delivered,
    })),
  });
}

/** Sums (…Total, …Sum, …Vat) to minor units; counts stay counts. */
export function readPeriodicReport(data: unknown): PeriodicReport {
  const a = PeriodicReportAnswer.parse(data) as Record<string, unknown>;
  const figures: Record<string, number> = {};
  for (const [key, value] of Object.entries(a)) {
    if (typeof value !== 'number') continue;
    figures[key] = key.endsWith('Count') ? Math.round(value) : fromWireMoney(value);
  }
  return PeriodicReport.parse({
    startDate: parseDeviceTime(a.startDate as string | undefined, 'device'),
    endDate: parseDeviceTime(a.endDate as string | undefined, 'device'),
    createdAt: parseDeviceTime(a.date as string | undefined, 'device'),
    figures,
  });
}
