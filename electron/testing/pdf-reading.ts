import { inflateSync } from 'node:zlib';

export interface PdfObject {
  dictionary: string;
  data: Buffer | undefined;
}

/** The PDF's objects by number, streams inflated where compressed: enough to follow a font's references. */
export function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\s*<<((?:[^<>]|<<(?:[^<>]|<<[^<>]*>>)*>>)*)>>(\s*stream\r?\n)?/g)) {
    const dictionary = match[2]!;
    let data: Buffer | undefined;
    if (match[3]) {
      const start = match.index + match[0].length;
      const raw = pdf.subarray(start, text.indexOf('endstream', start));
      data = dictionary.includes('/FlateDecode') ? inflateSync(raw) : raw;
    }
    objects.set(Number(match[1]), { dictionary, data });
  }
  return objects;
}

const ref = (dictionary: string, key: string) => Number(new RegExp(`/${key}\\s*\\[?\\s*(\\d+) 0 R`).exec(dictionary)?.[1]);

/** Each embedded font: its file and what its ToUnicode map says each glyph id draws. */
export function embeddedFonts(pdf: Buffer): { id: number; file: Buffer; unicode: Map<number, string> }[] {
  const objects = pdfObjects(pdf);
  const text = (hex: string) => String.fromCharCode(...hex.match(/.{4}/g)!.map((h) => parseInt(h, 16)));
  return [...objects.entries()]
    .filter(([, o]) => o.dictionary.includes('/Subtype /Type0'))
    .map(([id, font]) => {
      const cid = objects.get(ref(font.dictionary, 'DescendantFonts'))!;
      const descriptor = objects.get(ref(cid.dictionary, 'FontDescriptor'))!;
      const file = objects.get(ref(descriptor.dictionary, 'FontFile2'))!.data!;
      const cmap = objects.get(ref(font.dictionary, 'ToUnicode'))!.data!.toString('latin1');
      const unicode = new Map<number, string>();
      // pdfkit writes ranges with a list: <first> <last> [<text of first> <text of next> …].
      for (const [, from, , list] of cmap.matchAll(/<([0-9a-f]{4})>\s*<([0-9a-f]{4})>\s*\[([^\]]*)\]/gi)) {
        [...list!.matchAll(/<([0-9a-f]+)>/gi)].forEach(([, hex], i) => unicode.set(parseInt(from!, 16) + i, text(hex!)));
      }
      return { id, file, unicode };
    });
}


/**
 * The text a PDF draws, line by line from the top (the runs at one height joined left to right,
 * with nothing between them): what pdfkit wrote with its embedded fonts, read back through each
 * font's ToUnicode map.
 */
export function pdfTextLines(pdf: Buffer): string[] {
  const objects = pdfObjects(pdf);
  const fonts = new Map(embeddedFonts(pdf).map((font) => [font.id, font.unicode]));
  const byName = new Map([...pdf.toString('latin1').matchAll(/\/(F\d+) (\d+) 0 R/g)].map(([, name, id]) => [name!, fonts.get(Number(id))]));
  const runs: { x: number; y: number; text: string }[] = [];
  for (const { dictionary, data } of objects.values()) {
    if (!data || dictionary.includes('/Subtype') || dictionary.includes('/Type')) continue;
    for (const [, block] of data.toString('latin1').matchAll(/BT([\s\S]*?)ET/g)) {
      const at = /([\d.-]+) ([\d.-]+) Tm/.exec(block!);
      const font = byName.get(/\/(F\d+) [\d.]+ Tf/.exec(block!)?.[1] ?? '');
      if (!at || !font) continue;
      const glyphs = [...block!.matchAll(/<([0-9a-f]+)>/gi)].flatMap(([, hex]) => hex!.match(/.{4}/g) ?? []);
      runs.push({ x: Number(at[1]), y: Number(at[2]), text: glyphs.map((g) => font.get(parseInt(g, 16)) ?? '?').join('') });
    }
  }
  const lines = new Map<number, { x: number; text: string }[]>();
  for (const run of runs) lines.set(Math.round(run.y), [...(lines.get(Math.round(run.y)) ?? []), run]);
  return [...lines.entries()].sort(([a], [b]) => b - a).map(([, parts]) => parts.sort((a, b) => a.x - b.x).map((p) => p.text).join(''));
}
