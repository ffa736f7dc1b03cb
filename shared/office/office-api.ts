import { z } from 'zod';
import { DashboardSummary } from '../ipc/dashboard-channels';
import { ReconciliationRow } from '../reports/report-rows';
import { Currency } from '../money';

/**
 * What the office's web page reads from the office service (GET `/api/office/read/<route>`), parsed
 * by these schemas on both sides. A manager signed in to the office reads every shop; a till
 * never reaches these routes (its token opens only the till API).
 */
// Under read/: the service's own GET /api/office/shops and /api/office/tills answer the office's
// admin shapes (catalogue versions, enrolment), which the page's reads of the same names are not.
export const officeApiBase = '/api/office/read/';

/** The page's sign-in: POST `/api/office/session`; the answer sets an HttpOnly session cookie. */
export const officeSessionPath = '/api/office/session';
export const OfficeSignIn = z.strictObject({
  name: z.string().trim().min(1).max(80),
  password: z.string().min(1).max(200),
});
export type OfficeSignIn = z.infer<typeof OfficeSignIn>;

/**
 * The routes of the page, relative to `officeApiBase`. The overview's shops and tills are not
 * `shops` and `tills`: those are the office API's own lists (shared/office/office-admin.ts), which
 * the service answers first.
 */
export const officeReadRoutes = {
  shops: 'overview/shops',
  tills: 'overview/tills',
  sales: 'sales',
  zReports: 'z-reports',
  differences: 'differences',
} as const;

/** Every read names an optional shop (none: all shops); the day reads name a day of the shop's clock. */
export const ShopFilter = z.strictObject({ shop: z.uuid().optional() });
export type ShopFilter = z.infer<typeof ShopFilter>;
export const DayQuery = z.strictObject({ shop: z.uuid().optional(), date: z.iso.date() });
export type DayQuery = z.infer<typeof DayQuery>;

const Iso = z.iso.datetime({ offset: true });
const SignedMoney = z.number().int().safe();

export const OfficeShop = z.strictObject({
  shopId: z.uuid(),
  name: z.string(),
  /** The IANA zone of the shop's clock: its days and hours. */
  timeZone: z.string(),
  currency: Currency,
});
export type OfficeShop = z.infer<typeof OfficeShop>;

export const ShopsAnswer = z.strictObject({ shops: z.array(OfficeShop) });
export type ShopsAnswer = z.infer<typeof ShopsAnswer>;

export const DrawerCash = z.strictObject({ deviceId: z.string(), cash: SignedMoney, reportedAt: Iso });
export type DrawerCash = z.infer<typeof DrawerCash>;

export const OfficeTill = z.strictObject({
  tillId: z.uuid(),
  name: z.string(),
  shopId: z.uuid(),
  shopName: z.string(),
  currency: Currency,
  appVersion: z.string(),
  /** Heard from (a push or a catalogue pull) within `onlineWithinSeconds` of the office's clock. */
  online: z.boolean(),
  lastPushAt: Iso.nullable(),
  lastSeenAt: Iso.nullable(),
  /** Cash in each drawer as the till last reported it with a push. */
  drawers: z.array(DrawerCash),
});
export type OfficeTill = z.infer<typeof OfficeTill>;

export const TillsAnswer = z.strictObject({ onlineWithinSeconds: z.number().int().positive(), tills: z.array(OfficeTill) });
export type TillsAnswer = z.infer<typeof TillsAnswer>;

/** The dashboard's figures without what only a till knows (its documents not settled yet). */
export const DayFigures = DashboardSummary.omit({ timeZone: true, unsettled: true });
export type DayFigures = z.infer<typeof DayFigures>;

const Totals = DashboardSummary.shape.totals;

export const SalesAnswer = z.strictObject({
  date: z.iso.date(),
  /**
   * The day's figures added up over shops of one currency and one clock: money of two currencies
   * is never added, and an hour means one wall clock. Most offices have one group.
   */
  groups: z.array(z.strictObject({ currency: Currency, timeZone: z.string(), shopIds: z.array(z.uuid()), figures: DayFigures })),
  shops: z.array(
    OfficeShop.extend({
      totals: Totals,
      tills: z.array(z.strictObject({ tillId: z.uuid(), name: z.string(), totals: Totals })),
    }),
  ),
  /** Done documents the office holds but cannot read as a fiscal document: in no figure. */
  unreadable: z.number().int().nonnegative(),
});
export type SalesAnswer = z.infer<typeof SalesAnswer>;

/** A Z report's headline figures as the device printed them; null where its report could not be read. */
export const ZFigures = z.strictObject({
  receipts: z.number().int().nonnegative(),
  sales: SignedMoney,
  refunds: SignedMoney,
  deposits: SignedMoney,
  withdrawals: SignedMoney,
});
export type ZFigures = z.infer<typeof ZFigures>;

/** Where a difference was found: a device of a till of a shop, and the document it concerns. */
const FoundAt = {
  tillId: z.uuid(),
  tillName: z.string(),
  shopId: z.uuid(),
  shopName: z.string(),
  currency: Currency,
  deviceId: z.string(),
  documentUuid: z.uuid(),
};

export const OfficeZReport = z.strictObject({
  ...FoundAt,
  reportNumber: z.string(),
  closedAt: Iso,
  cashierName: z.string(),
  figures: ZFigures.nullable(),
  /** Figures where the journal and the device disagree without an explanation (the till's count). */
  differences: z.number().int().nonnegative(),
  /** Those figures, journal beside device. */
  differing: z.array(ReconciliationRow),
});
export type OfficeZReport = z.infer<typeof OfficeZReport>;

export const ZReportsAnswer = z.strictObject({ date: z.iso.date(), zReports: z.array(OfficeZReport) });
export type ZReportsAnswer = z.infer<typeof ZReportsAnswer>;

export const OfficeMismatch = z.strictObject({
  ...FoundAt,
  at: Iso,
  totalDiffers: z.boolean(),
  documentTotal: SignedMoney.nullable(),
  deviceTotal: SignedMoney.nullable(),
  deviceDocumentId: z.string().nullable(),
  /** Set when the device answered with a document the till had already had for another UUID. */
  earlierDocumentUuid: z.uuid().nullable(),
});
export type OfficeMismatch = z.infer<typeof OfficeMismatch>;

export const OfficeConflict = z.strictObject({
  id: z.number().int().positive(),
  tillId: z.uuid(),
  tillName: z.string(),
  shopId: z.uuid(),
  shopName: z.string(),
  itemType: z.string(),
  identity: z.string(),
  at: Iso,
});
export type OfficeConflict = z.infer<typeof OfficeConflict>;

/** At most this many push conflicts in one answer, newest first; `conflictCount` tells them all. */
export const maxConflictsShown = 100;

export const DifferencesAnswer = z.strictObject({
  date: z.iso.date(),
  /** Documents of the day whose device answer differed from the journal. */
  mismatches: z.array(OfficeMismatch),
  /** Z reports of the day with differences. */
  zReports: z.array(OfficeZReport),
  /** Pushes the office refused (same identity, other content), of every day: they wait for a manager. */
  conflicts: z.array(OfficeConflict).max(maxConflictsShown),
  conflictCount: z.number().int().nonnegative(),
});
export type DifferencesAnswer = z.infer<typeof DifferencesAnswer>;
