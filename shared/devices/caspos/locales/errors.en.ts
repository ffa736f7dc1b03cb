/**
 * What the cashier reads when the Caspos device refuses an operation with one of the
 * cashier-facing codes (electron/devices/caspos/error-codes.ts): what happened, then what to do.
 * Written for someone at the counter with a customer waiting, so no technical terms.
 */
export const casposErrorsEn = {
  shiftAlreadyOpen: {
    explanation: 'The shift is already open on the device.',
    action: 'Nothing to do: go on selling in this shift.',
  },
  c401: {
    explanation: 'The app is no longer signed in to the device.',
    action: 'Sign in to the device again in Settings, then repeat.',
  },
  c403: {
    explanation: 'The device is signed in with the wrong user, or its integration mode is off.',
    action: 'On the device, sign in as a cashier and turn on integration mode, then repeat.',
  },
  c404: {
    explanation: 'The PIN code entered for the device is wrong.',
    action: 'Enter the correct PIN code carefully: after several wrong tries the device locks.',
  },
  c405: {
    explanation: 'The fiscal module is locked after too many wrong PIN codes.',
    action: 'Call Caspos support: the fiscal module is locked.',
  },
  c503: {
    explanation: 'The shift is closed, so the device does not accept receipts.',
    action: 'Open a shift, then repeat.',
  },
  c504: {
    explanation: 'The shift has been open for more than 24 hours, which the law does not allow.',
    action: 'Take the Z report to close the shift, then open a new shift.',
  },
  c604: {
    explanation: 'The device has been offline for too long and has stopped accepting receipts.',
    action: 'Connect the device to the internet and wait until it has sent its stored receipts.',
  },
  c607: {
    explanation: 'The payment does not match the receipt total.',
    action: 'Check the amounts paid: they must cover the total, and only cash can give change.',
  },
  c610: {
    explanation: 'The receipt has no items.',
    action: 'Add at least one item to the receipt, then repeat.',
  },
  c611: {
    explanation: 'The item amounts do not add up to the receipt total.',
    action: 'Check the price, quantity and discount of each item, then repeat.',
  },
  c613: {
    explanation: 'The VAT amounts on the receipt do not add up.',
    action: 'Check the VAT rate of each item; if it happens again, call the manager.',
  },
  c614: {
    explanation: 'The device computes an item’s amount differently from Kassa, so it refused the receipt.',
    action: 'Nothing was fiscalised. Tell the manager: the device’s settings in Kassa should let the device compute item amounts.',
  },
  c616: {
    explanation: 'An item has a VAT type that the device does not accept.',
    action: 'Ask the manager to correct the item’s VAT type in the product list, then repeat.',
  },
  c622: {
    explanation: 'An item’s marking code has the wrong length.',
    action: 'Scan the marking code on the package again, or correct it, then repeat.',
  },
  c627: {
    explanation: 'The sale you want to cancel is not in the current shift.',
    action: 'Make a refund for this sale instead of cancelling it.',
  },
  c628: {
    explanation: 'The original receipt entered does not belong to this operation.',
    action: 'Check the number of the original receipt and enter it again.',
  },
  c629: {
    explanation: 'The device did not accept the change amount.',
    action: 'Check the cash paid and the change; if it happens again, ask the manager to update the device.',
  },
  c638: {
    explanation: 'The amount does not match the original receipt.',
    action: 'Compare the items and amounts with the original receipt, then repeat.',
  },
  c639: {
    explanation: 'This receipt has already been cancelled.',
    action: 'Do not cancel it again; if unsure, look for it in the list of receipts.',
  },
  c646: {
    explanation: 'The RRN number of the card payment has the wrong length.',
    action: 'Enter the 12-character RRN from the card terminal’s slip.',
  },
  c648: {
    explanation: 'An RRN was entered, but the receipt has no card payment.',
    action: 'Remove the RRN, or enter the card amount.',
  },
};

/** Every other language must have exactly these keys; the compiler refuses a missing or extra one. */
export type CasposErrorTexts = typeof casposErrorsEn;
