/**
 * The part of fontkit (pdfkit's font engine, 2.0.4) that the PDF export uses to ask which font
 * has a letter. The package ships no types of its own.
 */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    path: { commands: unknown[] };
  }
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    getGlyph(id: number): Glyph;
    numGlyphs: number;
  }
  export function create(buffer: Uint8Array): Font;
}
