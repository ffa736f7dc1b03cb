import { z } from 'zod';

/**
 * The register's operations in our words. The documented ones have fixed names on the wire; the
 * ones the documents only imply (spec §2, ambiguity C1) are named by a per-device table the
 * installer can correct in settings without a new release.
 */
export const documentedOperations = {
  auth: 'AUTH',
  sale: 'SALE',
  moneyBack: 'MONEY_BACK',
  deposit: 'DEPOSIT',
  lookup: 'OPERATION_ID',
  info: 'OTHER_INFO',
  controlTape: 'CONTROL_TAPE',
} as const;

export type DocumentedOperation = keyof typeof documentedOperations;

/** The guessed names (G, ambiguity C1): the spec's defaults, each replaceable per device in its settings. */
export interface OperationNames {
  withdraw: string;
  openShift: string;
  closeShift: string;
  xReport: string;
  annul: string;
}
export type ImpliedOperation = keyof OperationNames;

export const defaultOperationNames: Readonly<OperationNames> = { withdraw: 'WITHDRAWAL', openShift: 'OPEN_SHIFT', closeShift: 'CLOSE_SHIFT', xReport: 'X_REPORT', annul: 'ANNUL' };

export type Operation = DocumentedOperation | ImpliedOperation;

/** The operations a journal document is sent as: what `StoredRequest.operation` holds. */
export const DocumentOperation = z.enum(['sale', 'moneyBack', 'deposit', 'withdraw', 'annul', 'closeShift']);
export type DocumentOperation = z.infer<typeof DocumentOperation>;

function isDocumented(operation: Operation): operation is DocumentedOperation {
  return operation in documentedOperations;
}

/** The header value for `operation` on this device. */
export function wireName(operation: Operation, names: OperationNames): string {
  return isDocumented(operation) ? documentedOperations[operation] : names[operation];
}
