import { create } from 'fontkit';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n/create-i18n';
import type { Locale } from '../../../shared/locale';
import type { ExportFile } from '../../../shared/reports/channels';
import type { ReportDocument } from '../../../shared/reports/report-tables';
import { embeddedFonts } from '../../testing/pdf-reading';
import { useTempDirs } from '../../testing/temp-dir';
import { startReportsApp, type ReportsApp } from '../testing/reports-app';
import { runRealisticShift } from '../testing/shift-scenario';
import { uncovered } from './pdf-fonts';
import { decimalComma } from './report-csv';
import { reportPdf } from './report-pdf';

const samples = {
  az: 'Növbə açılıb · Çörək ağ · Qaytarmalar · ƏDV-siz · İlk sənəd № · 1.234,50 ₼',
  uk: 'Зміну відкрито · Повернення · Оплати кредиту · Ґанок, їжак, єнот · 1 234,50 ₼',
  ru: 'Смена открыта · Возвраты · Изъятия · Объём, щётка · 1 234,50 ₼',
};

const tempDir = useTempDirs();
let running: ReportsApp | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('PDF of a report', () => {
  it('draws Azerbaijani, Ukrainian and Russian text and the manat sign with fonts that have every letter', async () => {
    const t = createI18n('az').t;
    for (const [locale, text] of Object.entries(samples)) expect(uncovered(text, 'regular'), locale).toEqual([]);
    const report: ReportDocument = {
      title: 'Hesabat: Çörək, Зміна, Смена ₼',
      facts: Object.entries(samples).map(([label, text]) => ({ label, value: { kind: 'text', text } })),
      tables: [
        {
          id: 't',
          heading: 'Qaytarmalar / Повернення / Возвраты',
          columns: [{ label: 'Göstərici', numeric: false }, { label: 'Сума', numeric: true }],
          rows: Object.values(samples).map((text, i) => ({ key: String(i), highlight: i === 1, cells: [{ kind: 'text', text }, { kind: 'money', value: 123450 }] })),
        },
      ],
    };
    const pdf = await reportPdf(report, { t, locale: 'az', currency: 'AZN' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const fonts = embeddedFonts(pdf);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    const drawn = new Set<string>();
    for (const { file, unicode } of fonts) {
      // Code 0 is the missing-glyph box: pdfkit maps it to U+0000 until a letter is drawn with it.
      expect([undefined, '\u0000'], 'a letter drawn as the missing-glyph box').toContain(unicode.get(0));
      // The embedded subset, read back with fontkit, has a real outline for each letter it draws.
      const font = create(file);
      if ('fonts' in font) throw new Error('an embedded font cannot be a collection');
      for (const [glyphId, char] of unicode) {
        if (!char.trim()) continue;
        drawn.add(char);
        expect(font.getGlyph(glyphId).path.commands.length, `outline of ${char}`).toBeGreaterThan(0);
      }
    }
    for (const char of new Set(Object.values(samples).join('').replace(/\s/g, ''))) expect(drawn.has(char), `${char} is drawn`).toBe(true);
  });

  it('exports the X report, the Z report, the periodic report and the control tape as PDF and CSV through the channel', async () => {
    running = await startReportsApp(tempDir());
    const { app } = running;
    await runRealisticShift(app);
    for (const locale of ['az', 'uk', 'ru', 'en'] as Locale[]) {
      await app.dispatch('settings.setLocale', { locale });
      const x = await app.dispatch('report.export', { report: 'x', format: 'csv' });
      expect(x.ok).toBe(true);
      const csv = Buffer.from((x as { ok: true; value: ExportFile }).value.base64, 'base64').toString('utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
      const t = createI18n(locale).t;
      expect(rows[0]).toEqual([t('reports.export.xTitle')]);
      // Sales: 5 receipts, 537,56 in total, as plain numbers for a spreadsheet.
      expect(rows).toContainEqual([t('reports.section.sale'), '5', '537,56', '88,06', '49,50', '0,00', '400,00', '0,00']);
    }
    const range = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
    const z = await app.dispatch('report.z', {});
    const id = (z as { ok: true; value: { id: number } }).value.id;
    for (const request of [
      { report: 'x', format: 'pdf' },
      { report: 'z', id, format: 'pdf' },
      { report: 'z', id, format: 'csv' },
      { report: 'periodic', ...range, format: 'pdf' },
      { report: 'controlTape', filters: {}, format: 'pdf' },
      { report: 'controlTape', filters: { kind: 'sale' }, format: 'csv' },
    ]) {
      const result = await app.dispatch('report.export', request);
      if (request.report === 'x') {
        // The shift is closed now: there is no X report to export.
        expect(result).toMatchObject({ ok: false, error: { code: 'device_rejected', details: { system: 'caspos', code: '503' } } });
        continue;
      }
      expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
      const file = (result as { ok: true; value: ExportFile }).value;
      const bytes = Buffer.from(file.base64, 'base64');
      if (request.format === 'pdf') expect(bytes.subarray(0, 5).toString(), file.fileName).toBe('%PDF-');
      else expect(bytes.toString('utf8')).toContain(';');
    }
  });

  it('writes money for spreadsheets with a decimal comma, signed', () => {
    expect([decimalComma(0), decimalComma(5), decimalComma(123450), decimalComma(-1050)]).toEqual(['0,00', '0,05', '1234,50', '-10,50']);
  });
});
