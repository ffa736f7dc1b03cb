/** The SmartOne fields of the device settings (electron/devices/smartone/descriptor.ts settingsForm). */
export const smartOneSettingsEn = {
  merchantId: 'Merchant ID (signs every request; issued when the register was registered)',
  extIdFormat: 'Document key format: uuid (current firmware) or int53 (older firmware that takes a number)',
  extIdUuid: 'UUID (the journal’s id as it is)',
  extIdInt53: 'Number (int53, for older firmware)',
};
