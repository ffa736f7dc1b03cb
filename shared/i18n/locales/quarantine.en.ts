/** Journal documents the app cannot read back, shown to the manager under Settings › Diagnostics. */
export const quarantineEn = {
  title: 'Documents the journal cannot read',
  explain:
    'These documents are kept exactly as they were stored, but left out of lists and reports: the app cannot read them back (written by an older version, or a damaged file). One not yet sent holds back its device until you decide.',
  none: 'None: every journal document reads back.',
  document: '{{kind}} {{uuid}}, {{state}}, journaled {{time}}',
  problem: 'What is wrong: {{problem}}',
  raw: 'Stored content',
  blocking: 'Holds back device {{device}}: nothing more is sent until you decide.',
  setAside: 'Set aside: never send',
  confirm: 'This document will never be sent to the device. If the customer paid for it, settle it by hand. Type your PIN to confirm.',
  confirmMaybeSent: 'This document may already have reached the device: its answer was lost. Find it on the device’s control tape before you decide; set aside, it is never sent again nor counted in the app’s reports. Type your PIN to confirm.',
  pin: 'Your PIN',
  confirmButton: 'Set aside',
  cancel: 'Cancel',
  setAsideBy: 'Set aside by {{who}} at {{time}}',
  blocked: 'A document is in quarantine: the manager must decide on it (Settings › Diagnostics) before anything more is sent',
};

export type QuarantineTexts = typeof quarantineEn;
