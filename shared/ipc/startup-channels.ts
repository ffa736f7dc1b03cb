import { z } from 'zod';
import type { Locale } from '../locale';
import { HostKind } from './host-kind';

const NoInput = z.strictObject({});

/** What in the data folder shows that the shop has used Kassa before. */
export const HistorySign = z.enum(['secretKey', 'logs', 'trainingDevice', 'backups']);
export type HistorySign = z.infer<typeof HistorySign>;

/** `kassa-YYYY-MM-DD-HHmm[-N].sqlite3` (or an earlier version's `kassa-YYYY-MM-DD.sqlite3`) in the data folder's `backups/`, as electron/backup/backups.ts names them. */
export const BackupName = z.string().regex(/^kassa-\d{4}-\d{2}-\d{2}(?:-\d{4}(?:-\d{1,3})?)?\.sqlite3$/);

export const StartupProblem = z.object({
  /** The database is missing or empty although the folder shows the shop's history. */
  kind: z.literal('historyWithoutDatabase'),
  /** The folder in question: the person at the screen must know which one it is. */
  dataDir: z.string(),
  host: HostKind,
  signs: z.array(HistorySign),
  /** Newest first. */
  backups: z.array(z.object({ name: BackupName, day: z.string(), time: z.string().optional(), bytes: z.number().int().nonnegative() })),
  /** Electron restarts itself with another folder; the web host is started again by hand. */
  canSwitchFolder: z.boolean(),
});
export type StartupProblem = z.infer<typeof StartupProblem>;

/**
 * The start-up recovery screen's channels. While the app runs normally `startup.status` answers
 * `problem: null` and the others are refused.
 */
export const startupChannels = {
  'startup.status': { input: NoInput, output: z.object({ problem: StartupProblem.nullable() }) },
  'startup.restore': { input: z.strictObject({ backup: BackupName }), output: z.object({}) },
  /** `confirmation` is the word the screen asks for, in any of the four languages. */
  'startup.startNew': { input: z.strictObject({ confirmation: z.string().max(40) }), output: z.object({}) },
  'startup.useFolder': { input: z.strictObject({ dataDir: z.string().min(1).max(1000) }), output: z.object({}) },
} as const;

/** The typed word against the screen's, without regard to case, by the rules of its language (az: i → İ). */
export function confirmationMatches(typed: string, word: string, locale: Locale): boolean {
  return typed.trim().toLocaleUpperCase(locale) === word.toLocaleUpperCase(locale);
}
