import { z } from 'zod';

/**
 * The single-byte code pages a receipt printer is switched to with ESC t. A thermal printer has
 * no UTF-8: every letter goes out as one byte of the page the printer is set to.
 * - cp1251 (Windows Cyrillic) has every Ukrainian letter (І і Ї ї Є є Ґ ґ) and №: the default.
 * - cp866 (DOS Cyrillic) is what older printers know best, but lacks І і Ґ ґ: they print as the
 *   Latin I i and Г г, which look the same on paper (Ґ loses its hook).
 */
export const CodePage = z.enum(['cp1251', 'cp866']);
export type CodePage = z.infer<typeof CodePage>;

/** WHATWG names: TextDecoder knows both pages in Node, Electron and Chromium. */
const decoderName: Record<CodePage, string> = { cp1251: 'windows-1251', cp866: 'ibm866' };

/**
 * The ESC t number of each page in Epson's table, which most ESC/POS printers copy (PC866 17,
 * WPC1251 46). Some printers number them otherwise: the settings can override it.
 */
export const escTNumber: Record<CodePage, number> = { cp1251: 46, cp866: 17 };

/** Letters a page lacks, written as the nearest it has; typography a receipt needs none of, as plain ASCII. */
const standIns: Record<string, string> = {
  І: 'I',
  і: 'i',
  Ґ: 'Г',
  ґ: 'г',
  '’': "'",
  ʼ: "'",
  '‘': "'",
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '—': '-',
  '–': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '…': '...',
};

interface Table {
  encode: Map<string, number>;
  decode: string[];
}

const tables = new Map<CodePage, Table>();

function table(page: CodePage): Table {
  let found = tables.get(page);
  if (!found) {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const decode = [...new TextDecoder(decoderName[page]).decode(bytes)];
    const encode = new Map<string, number>();
    // Only the printable ASCII and the upper half: control bytes are commands, never letters.
    decode.forEach((char, byte) => (byte >= 0x20 && byte !== 0x7f ? encode.set(char, byte) : undefined));
    found = { encode, decode };
    tables.set(page, found);
  }
  return found;
}

/** The text as the page's bytes; a letter the page lacks is its stand-in, or '?'. */
export function encodeText(text: string, page: CodePage): Uint8Array {
  const { encode } = table(page);
  const out: number[] = [];
  for (const char of text) {
    const byte = encode.get(char);
    if (byte !== undefined) {
      out.push(byte);
      continue;
    }
    const standIn = standIns[char];
    if (standIn === undefined) out.push(0x3f);
    else for (const c of standIn) out.push(encode.get(c) ?? 0x3f);
  }
  return Uint8Array.from(out);
}

/** The page's bytes as text (the loopback printer's reading). */
export function decodeText(bytes: Uint8Array, page: CodePage): string {
  const { decode } = table(page);
  return Array.from(bytes, (byte) => decode[byte]!).join('');
}
