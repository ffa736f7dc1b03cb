import type { DeviceInfo, DocumentResult, PeriodicReport, ShiftStatus } from '../../../shared/fiscal/device-results';
import { DatesReportAnswer, DocumentAnswer, InfoAnswer, ShiftAnswer, ShiftReportAnswer } from './answers';
import { parseDeviceTime } from './device-time';
import { readShiftReport } from './report-mapping';

/**
 * A fiscalised document as the app keeps it: `documentId` is the device's fiscalID (what a refund
 * and a rollback name), `documentNumber` its int64 documentID (what /creditpay and /check_copy
 * take), `shortDocumentId` the printed fiscalNum.
 */
export function readDocument(json: unknown): DocumentResult {
  const answer = DocumentAnswer.parse(json);
  return {
    documentId: answer.fiscalID ?? String(answer.documentID),
    documentNumber: answer.documentID,
    shortDocumentId: answer.fiscalNum,
    rrn: answer.rrn,
    approvalCode: answer.auth,
  };
}

/** The Z answer of /close_shift: the shift's figures, numbered by the fiscal shift. */
export function readZReport(json: unknown): DocumentResult {
  const answer = ShiftReportAnswer.parse(json);
  const report = readShiftReport(json);
  const number = answer.fiscalShiftNum ?? answer.shiftID;
  if (number === undefined) throw new Error('the Z answer names no shift');
  return { documentId: report.documentId ?? String(number), documentNumber: number, report };
}

/** isShiftOpen comes as the string "true"/"false" (NEW-RC) or a boolean; shiftStatus 1 = open otherwise. */
export function readShiftStatus(json: unknown): ShiftStatus & { shiftId?: number; cash?: number } {
  const answer = ShiftAnswer.parse(json);
  const open = answer.isShiftOpen ?? answer.shiftStatus === 1;
  return { open, openedAt: open ? parseDeviceTime(answer.shiftOpenAt) : undefined, shiftId: answer.shiftID, cash: answer.cash };
}

/** /get_info's fields are not documented ("information from the token"): what is there is shown. */
export function readInfo(json: unknown): DeviceInfo {
  const answer = InfoAnswer.parse(json);
  return {
    model: answer.model,
    applicationVersion: answer.version,
    cashRegisterFactoryNumber: answer.serialNumber,
    cashboxTaxNumber: answer.token,
    companyTaxNumber: answer.tin,
    objectName: answer.shopName,
    objectAddress: answer.shopAddress,
  };
}

/**
 * /dates_report's answer is undocumented (INTEK shows only its request): every whole number it
 * gives is a figure, by the device's own name, as the periodic report shows figures.
 */
export function readPeriodicReport(json: unknown): PeriodicReport {
  const answer = DatesReportAnswer.parse(json);
  const figures = Object.fromEntries(
    Object.entries(answer).filter((entry): entry is [string, number] => entry[0] !== 'code' && typeof entry[1] === 'number' && Number.isSafeInteger(entry[1])),
  );
  return { startDate: answer.dateFrom, endDate: answer.dateFor, figures };
}
