import { z } from 'zod';
import { DocumentMoney } from './fiscal/units';
import { Locale } from './locale';
import { safeText } from './text/safe-text';

/**
 * The shop's settings a manager changes on the settings screen, with their shapes and the value
 * before anyone chose one. The main process stores them (electron/settings/settings.ts).
 */
export const shopSettingDefinitions = {
  /** Printed under every receipt (the document's `note`), e.g. opening hours or a thank-you. */
  receiptNote: { schema: safeText(200, { min: 0, multiline: true }), fallback: '' },
  /** How long a device may take to answer: a card payment waits for the customer. */
  answerTimeoutSeconds: { schema: z.number().int().min(10).max(300), fallback: 120 },
  /** The station locks after this many idle minutes; 0 never locks. */
  idleLockMinutes: { schema: z.number().int().min(0).max(240), fallback: 5 },
  /** Keys closer together than this are a scanner, not a person (renderer/scanner/burst.ts). */
  scannerBurstGapMs: { schema: z.number().int().min(10).max(200), fallback: 50 },
  /** The desktop app fills the screen and cannot be left without closing it (Electron only). */
  kiosk: { schema: z.boolean(), fallback: false },
  /** The desktop app starts when the user signs in to Windows (Electron only). */
  autoStart: { schema: z.boolean(), fallback: false },
  /**
   * The desktop app looks for an update every 6 hours and installs one when it is closed, never
   * while it runs (Electron only; electron/platform/auto-update.ts, README: Installers).
   */
  autoUpdate: { schema: z.boolean(), fallback: false },
  /**
   * Daily backups of the database kept in the data folder's `backups/` (electron/backup/): two
   * weeks by default, enough to notice a loss after a holiday without filling a small disk.
   */
  backupDays: { schema: z.number().int().min(1).max(365), fallback: 14 },
  /**
   * The largest discount, in whole percents of a line, a cashier gives alone; above it a manager's
   * PIN is asked (shared/sale/discount-cap.ts). Managers approve their own. 100 asks never: the
   * manager sets a cap when the shop wants one.
   */
  cashierDiscountCapPercent: { schema: z.number().int().min(0).max(100), fallback: 100 },
  /** Cash in or out above this amount (minor units) is confirmed on a screen that repeats it in full before it goes to the device. */
  cashConfirmAbove: { schema: DocumentMoney, fallback: 100_000 },
  /**
   * The customer-facing display's language: the shop's customers read it, whatever language the
   * cashier works in. Azerbaijani by default, the language of the shop's receipts.
   */
  customerLocale: { schema: Locale, fallback: 'az' as Locale },
  /** A second window on the second screen shows the customer the cart, total and change (Electron only). */
  customerDisplay: { schema: z.boolean(), fallback: false },
} as const;

type ShopSettingKey = keyof typeof shopSettingDefinitions;

export const ShopSettings = z.object(
  Object.fromEntries(Object.entries(shopSettingDefinitions).map(([key, { schema }]) => [key, schema])) as {
    [K in ShopSettingKey]: (typeof shopSettingDefinitions)[K]['schema'];
  },
);
export type ShopSettings = z.infer<typeof ShopSettings>;
