import { encodeText, escTNumber, type CodePage } from './code-pages';

/**
 * ESC/POS commands (Epson's, which network receipt printers share) as bytes. Only what a
 * receipt needs: text in a code page, alignment, the native QR code, the cut and the drawer.
 */
const ESC = 0x1b;
const GS = 0x1d;
const LF = 0x0a;

export const initialise = [ESC, 0x40];

/** ESC t n: the code page the following text bytes are read in. */
export function selectCodePage(page: CodePage, number = escTNumber[page]): number[] {
  return [ESC, 0x74, number];
}

/** ESC a n: 0 left, 1 centre. */
export function align(where: 'left' | 'centre'): number[] {
  return [ESC, 0x61, where === 'left' ? 0 : 1];
}

export function textLine(text: string, page: CodePage): number[] {
  return [...encodeText(text, page), LF];
}

/** GS ( k with cn 49 (QR code) and function `fn`, its parameters after. */
function qrFunction(fn: number, ...parameters: number[]): number[] {
  const length = parameters.length + 2;
  return [GS, 0x28, 0x6b, length & 0xff, length >> 8, 0x31, fn, ...parameters];
}

/**
 * The printer draws the QR code itself (GS ( k): model 2, module `size` dots, error correction
 * M, the data stored (fn 80) then printed (fn 81). The link is ASCII, so bytes are its letters.
 */
export function qrCode(data: string, size = 6): number[] {
  const bytes = Array.from(data, (char) => char.charCodeAt(0) & 0xff);
  return [...qrFunction(65, 0x32, 0x00), ...qrFunction(67, size), ...qrFunction(69, 0x31), ...qrFunction(80, 0x30, ...bytes), ...qrFunction(81, 0x30)];
}

/** GS V 66 n: feed n lines past the cutter, then a partial cut (what a receipt printer's auto-cutter does). */
export function feedAndCut(lines = 4): number[] {
  return [GS, 0x56, 0x42, lines];
}

/** ESC p m t1 t2: a pulse on drawer pin 2, 50 ms on and 500 ms off (the usual drawer's kick). */
export const drawerKick = [ESC, 0x70, 0x00, 0x19, 0xfa];

/** DLE EOT 4: the roll paper sensor's status, answered with one byte at once. */
export const paperStatusRequest = [0x10, 0x04, 0x04];

/** Bits 5 and 6 of the paper status: the roll has run out. */
export function paperOut(status: number): boolean {
  return (status & 0x60) === 0x60;
}
