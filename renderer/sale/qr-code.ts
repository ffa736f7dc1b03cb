/**
 * The receipt's check page as a QR image. qrcode comes in its own chunk: a receipt's QR is drawn
 * only after the sale is done, and the counter fetches the chunk once it has painted.
 */
export function qrImage(text: string): Promise<string> {
  return preloadQrCode().then((QRCode) => QRCode.toDataURL(text, { margin: 1, width: 220, errorCorrectionLevel: 'M' }));
}

export function preloadQrCode() {
  return import('qrcode').then((m) => m.default);
}
