import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font, type FontCollection } from 'fontkit';

/**
 * Noto Sans, the font the screen uses, for the PDFs. Its npm package has only subsets, each
 * with a part of the letters: ə, ğ, ş and the manat sign ₼ are in latin-ext, ı in latin, Cyrillic
 * in cyrillic and cyrillic-ext. So text is written in runs, each in the first subset that has
 * its letters (fontFor), and no letter falls back to a box.
 */
const subsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
export type Weight = 'regular' | 'bold';
const weightNumber: Record<Weight, number> = { regular: 400, bold: 700 };

export interface PdfFont {
  /** The name it is registered under in a PDF document. */
  name: string;
  data: Buffer;
  font: Font;
}

function fontFolder(): string {
  // Resolved at run time: the main process reads the files; nothing is bundled.
  return join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
}

let loaded: Record<Weight, PdfFont[]> | undefined;

/** A woff file holds one font; fontkit's types also allow a collection (.ttc), which these are not. */
function single(font: Font | FontCollection): Font {
  if ('fonts' in font) throw new Error('Expected a single font, found a font collection');
  return font;
}

export function pdfFonts(): Record<Weight, PdfFont[]> {
  if (!loaded) {
    const folder = fontFolder();
    const load = (weight: Weight) =>
      subsets.map((subset) => {
        const data = readFileSync(join(folder, `noto-sans-${subset}-${weightNumber[weight]}-normal.woff`));
        return { name: `noto-${subset}-${weight}`, data, font: single(create(data)) };
      });
    loaded = { regular: load('regular'), bold: load('bold') };
  }
  return loaded;
}

/** Spaces the subsets lack, written as the plain space (Intl puts narrow no-break spaces in numbers). */
const spaceLike = /[\u202f\u2009\u2007]/g;

export interface TextRun {
  font: PdfFont;
  text: string;
}

/**
 * The text in runs of one font each: every letter in the first subset that has it. A letter
 * none has stays in the first font (pdfkit then draws its empty box); `uncovered` finds such letters.
 */
export function textRuns(text: string, weight: Weight): TextRun[] {
  const fonts = pdfFonts()[weight];
  const runs: TextRun[] = [];
  for (const char of text.replace(spaceLike, ' ')) {
    const codePoint = char.codePointAt(0)!;
    const font = fonts.find((f) => f.font.hasGlyphForCodePoint(codePoint)) ?? fonts[0]!;
    const last = runs[runs.length - 1];
    if (last?.font === font) last.text += char;
    else runs.push({ font, text: char });
  }
  return runs;
}

/** The letters of `text` that no subset of `weight` has. */
export function uncovered(text: string, weight: Weight): string[] {
  const fonts = pdfFonts()[weight];
  return [...new Set(text.replace(spaceLike, ' '))].filter((char) => !fonts.some((f) => f.font.hasGlyphForCodePoint(char.codePointAt(0)!)));
}
