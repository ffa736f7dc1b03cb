import type { DocumentResult } from '../../../shared/fiscal/device-results';
import type { SendOutcome } from '../driver';
import type { ReceiptAnswer } from './answers';
import { refusedBy } from './outcome';

/** A fiscalised receipt in the journal's terms: its Checkbox id (our UUID), serial and fiscal code. */
export function receiptResult(receipt: ReceiptAnswer): DocumentResult {
  return {
    documentId: receipt.id,
    documentNumber: receipt.serial,
    ...(receipt.fiscal_code ? { shortDocumentId: receipt.fiscal_code, barcode: receipt.fiscal_code } : {}),
    total: receipt.total_sum,
    // The tax service's page of the receipt: the customer's e-receipt, by phone from the screen's QR code.
    ...(receipt.tax_url ? { receiptUrl: receipt.tax_url } : {}),
    // Made offline and not yet delivered to the tax service (its transaction still on its way).
    ...(receipt.is_created_offline && receipt.transaction?.status !== 'DONE' ? { provisional: true as const } : {}),
  };
}

/**
 * What a receipt's state says: DONE is done, ERROR (or CANCELLED) the tax service's refusal,
 * anything else still on its way (accepted: the journal polls).
 */
export function receiptOutcome(receipt: ReceiptAnswer, raw: string, duplicate: boolean): SendOutcome {
  switch (receipt.status) {
    case 'DONE':
      return duplicate ? { kind: 'done', value: receiptResult(receipt), duplicate: true, raw } : { kind: 'done', value: receiptResult(receipt), duplicate: false, raw };
    case 'ERROR':
    case 'CANCELLED':
      return refusedBy('fiscalisation_failed', receipt.transaction?.response_error_message ?? `receipt ${receipt.status}`, raw);
    case 'CREATED':
    case 'CANCELLATION':
      return { kind: 'accepted', detail: `receipt ${receipt.id} ${receipt.status}, transaction ${receipt.transaction?.status ?? 'none'}`, raw };
  }
}
