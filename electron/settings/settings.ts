import { z } from 'zod';
import { defaultLocale, Locale } from '../../shared/locale';
import { defaultWeightedBarcodes, WeightedBarcodeSettings } from '../catalog/weighted-barcode';
import type { Db } from '../db/open';
import { shopSettingDefinitions } from '../../shared/settings';
import { defaultReceiptPrinter, ReceiptPrinterSettings } from '../../shared/printing/printer-settings';

/** Every setting the app keeps, with its shape and its value before anyone chose one. */
const definitions = {
  locale: { schema: Locale, fallback: defaultLocale },
  activeDeviceId: { schema: z.string().min(1), fallback: 'training' },
  /** How the shop's scales print their labels: see electron/catalog/weighted-barcode.ts. */
  weightedBarcodes: { schema: WeightedBarcodeSettings, fallback: defaultWeightedBarcodes },
  /** The app's own receipt printer, for devices that print nothing themselves (shared/printing). */
  receiptPrinter: { schema: ReceiptPrinterSettings, fallback: defaultReceiptPrinter },
  ...shopSettingDefinitions,
} as const;

type Key = keyof typeof definitions;
type Value<K extends Key> = z.infer<(typeof definitions)[K]['schema']>;

export interface Settings {
  get<K extends Key>(key: K): Value<K>;
  set<K extends Key>(key: K, value: Value<K>): Value<K>;
}

export function createSettings(db: Db, now: () => Date): Settings {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const write = db.prepare<[string, string, string]>(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  return {
    get(key) {
      const { schema, fallback } = definitions[key];
      const row = read.get(key);
      // A value the app cannot read (hand-edited, or from a bug) falls back instead of blocking sales.
      const parsed = row ? schema.safeParse(JSON.parse(row.value)) : undefined;
      return (parsed?.success ? parsed.data : fallback) as Value<typeof key>;
    },
    set(key, value) {
      const checked = definitions[key].schema.parse(value) as Value<typeof key>;
      write.run(key, JSON.stringify(checked), now().toISOString());
      return checked;
    },
  };
}
