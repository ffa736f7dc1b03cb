import { casposErrorsEn } from './caspos-errors.en';

export const en = {
  app: {
    name: 'Kassa',
  },
  shell: {
    trainingBadge: 'TRAINING — not fiscal',
    connection: {
      online: 'Connected',
      offline: 'No connection',
      connecting: 'Connecting…',
      unavailable: 'No driver for this device',
    },
    cart: {
      title: 'Receipt',
      empty: 'Scan a barcode or search for a product to start a sale.',
      total: 'Total',
    },
    language: 'Language',
    loading: 'Starting…',
    startFailed: 'The app could not start.',
  },
  errors: {
    invalid_input: 'The data is not valid.',
    unknown_channel: 'Unknown operation.',
    unauthorized: 'No access. Open the app again.',
    payload_too_large: 'Too much data at once.',
    internal: 'Internal error. The operation was not carried out.',
    device_rejected: 'The device refused.',
    device_no_answer: 'The device did not answer. The document will be sent again.',
    device_unavailable: 'The device cannot be reached from this app.',
    journal_busy: 'Earlier documents are still being sent to the device. Wait until they are done.',
    import_invalid: 'The file has problems; nothing was imported.',
  },
  cli: {
    badFlag: 'Invalid option: {{detail}}',
    serving: 'Kassa is running at {{url}}',
    noElectron: 'The Electron binary is not available on this machine, so Kassa is served to a browser instead.',
    casposUsage: 'Usage: npm run caspos -- <operation> --url http://<device>:5544 [--data request.json] [--username U --password P] [--session] [--raw]\nOperations: {{operations}}',
    casposUnknownOperation: 'Unknown operation “{{operation}}”.',
    casposNeedsData: '{{operation}} needs --data with a JSON file of the request’s data, as in the Caspos document.',
    casposBadData: 'The data for {{operation}} does not match the Caspos document: {{issues}}',
    casposUnreadableFile: 'Cannot read {{file}}: {{reason}}',
    casposNewUuid: 'This document was given documentUUID {{uuid}}; put it in the data file to send the same document again.',
    casposDone: 'Done.',
    casposDuplicate: 'Done earlier: the device already had this documentUUID and returned the earlier result.',
    casposRejected: 'Refused by the device: code {{code}}, “{{text}}”.',
    casposExplanation: 'What it means: {{text}}',
    casposAction: 'What to do: {{text}}',
    casposUnknown: 'No trustworthy answer ({{reason}}: {{detail}}). Whether the device did it is not known: send the same request again to find out.',
    casposNotSent: 'The device was not reached ({{reason}}: {{detail}}). Nothing was sent.',
    casposListening: 'Caspos training device (not fiscal) at {{url}}',
  },
  caspos: {
    errors: casposErrorsEn,
  },
  db: {
    tooNew:
      'This database was written by a newer version of Kassa (schema {{found}}; this version knows up to {{known}}). Install the newer version again; the data is untouched.',
  },
};

/** Every other locale must have exactly these keys; the compiler refuses a missing or extra one. */
export type LocaleResource = typeof en;
