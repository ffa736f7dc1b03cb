/** Who the training device says it is (getInfo). Marked as training wherever a person reads it. */
export interface DeviceIdentity {
  applicationVersion: string;
  model: string;
  cashboxTaxNumber: string;
  cashboxFactoryNumber: string;
  cashRegisterFactoryNumber: string;
  companyName: string;
  companyTaxNumber: string;
  objectAddress: string;
  objectName: string;
  objectTaxNumber: string;
  qrCodeUrl: string;
  tokenVersion: string;
  /** Part of each receipt's barcode number. */
  cashboxCode: string;
}

export const trainingIdentity: DeviceIdentity = {
  applicationVersion: 'Versiya: 1.0.7.0',
  model: 'SUNMI V2s (TƏLİM / TRAINING)',
  cashboxTaxNumber: 'TRAINING_0001',
  cashboxFactoryNumber: '00TRAINING000000000000001',
  cashRegisterFactoryNumber: 'TR0000000001',
  companyName: 'TƏLİM KASSASI — FİSKAL DEYİL',
  companyTaxNumber: '0000000000',
  objectAddress: 'AZ1000 BAKI ŞƏHƏRİ, TƏLİM',
  objectName: 'TƏLİM OBYEKTİ',
  objectTaxNumber: '0000000000-00001',
  qrCodeUrl: 'https://monitoring.e-kassa.gov.az/#/index?doc=',
  tokenVersion: '2.35.0',
  cashboxCode: 'TR01',
};
