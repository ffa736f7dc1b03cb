/** What a device can do, named in refusals, and the shop's switches for each device (Settings › Devices). */
export const capabilitiesEn = {
  cashDrawer: 'opening the cash drawer',
  excise: 'excise on a line',
  cashRounding: 'rounding the cash payment as this device rounds it',
  currency: {
    AZN: 'amounts in manat (AZN)',
    UAH: 'amounts in hryvnias (UAH)',
    BYN: 'amounts in Belarusian roubles (BYN)',
  },
  refund: {
    sale: 'refund of a sale',
    prepayment: 'refund of an advance',
    creditPay: 'refund of a credit payment',
  },
  report: {
    x: 'X report',
    periodic: 'periodic report',
    controlTape: 'control tape',
    reprint: 'reprint of the last receipt',
  },
  features: {
    open: 'Equipment',
    title: 'What this shop has of {{device}}',
    explain: 'Switch off what the shop does not have or does not use: the counter then shows no button for it, and the app refuses it.',
    cashDrawer: 'A cash drawer is connected',
    credit: 'Sell on credit',
    rollBack: 'Allow rollback (void) of receipts',
    bonus: 'Accept bonus points',
    save: 'Save',
    saved: 'Saved.',
  },
};

export type CapabilitiesTexts = typeof capabilitiesEn;
