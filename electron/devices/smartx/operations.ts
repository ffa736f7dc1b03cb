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

/** Upper-case letters, digits and underscores: what an INTENT_OPERATION_TYPE value looks like. */
const WireName = z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'upper-case letters, digits and _');

/** The guessed names (G): defaults of the spec, each replaceable per device. */
export const OperationNames = z.object({
  withdraw: WireName.default('WITHDRAWAL'),
  openShift: WireName.default('OPEN_SHIFT'),
  closeShift: WireName.default('CLOSE_SHIFT'),
  xReport: WireName.default('X_REPORT'),
  annul: WireName.default('ANNUL'),
});
export type OperationNames = z.infer<typeof OperationNames>;
export type ImpliedOperation = keyof OperationNames;

export const defaultOperationNames: OperationNames = OperationNames.parse({});

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
