import { defaultOperationNames, type OperationNames } from '../operations';

/** How the training register behaves where a real one may differ (spec §7); tests switch these at run time. */
export interface RegisterSettings {
  operationNames: OperationNames;
  /** The register's sections: code → VAT percent, null for "without VAT". */
  sections: Map<number, number | null>;
  /** `required`: a valid token on every request; `remembered`: one AUTH opens the session; `off`: no AUTH at all. */
  auth: 'required' | 'remembered' | 'off';
  pin: string;
  /** The HTTP status of a refusal: the result code, 401 for auth refusals only, or always 200 (FN Q3). */
  statusMode: 'mirror' | 'authOnly' | 'always200';
  /** Figures in answers as decimal strings (the documents) or JSON numbers (the field client's builds). */
  numbers: 'strings' | 'numbers';
  /** What the card terminal does with a card part: approve, decline, or charge and then fail fiscalisation (410). */
  card: 'approve' | 'decline' | 'chargeThenFail';
  /** Milliseconds the card terminal waits for the customer. */
  cardDelayMs: number;
  printFails: boolean;
  blocked: boolean;
  /** The certificate's end: past it (by the register's clock) everything is 407. */
  certificateValidUntil: string | null;
  /** OPERATION_ID for an id never seen: an error answer (399) or `isSucceed: false` with no uid (C2). */
  lookupNotFound: 'error' | 'notSucceeded';
  registerNumberSKO: string;
  serialNumber: string;
}

/** The training register's sections: 1 = 20 %, 2 = 10 %, 3 = 0 %, 4 = without VAT. */
export const trainingSectionRates: ReadonlyMap<number, number | null> = new Map([
  [1, 20],
  [2, 10],
  [3, 0],
  [4, null],
]);

export function defaultSettings(): RegisterSettings {
  return {
    operationNames: { ...defaultOperationNames },
    sections: new Map(trainingSectionRates),
    auth: 'required',
    pin: '1234',
    statusMode: 'mirror',
    numbers: 'strings',
    card: 'approve',
    cardDelayMs: 0,
    printFails: false,
    blocked: false,
    certificateValidUntil: null,
    lookupNotFound: 'error',
    registerNumberSKO: '131010705',
    serialNumber: 'SX-TRAINING-0001',
  };
}

/** The installer's fields for the training register: each Belarusian tax group to its section. */
export const trainingSections = { sectionVat20: '1', sectionVat10: '2', sectionVat0: '3', sectionVatFree: '4' } as const;
