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
      unavailable: 'Device not running yet',
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
  },
  cli: {
    badFlag: 'Invalid option: {{detail}}',
    serving: 'Kassa is running at {{url}}',
    noElectron: 'The Electron binary is not available on this machine, so Kassa is served to a browser instead.',
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
