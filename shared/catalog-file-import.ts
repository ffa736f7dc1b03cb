import { z } from 'zod';
import { ImportPreview } from './catalog';

/**
 * A catalogue file the user picked, as main knows it: an opaque name main gave when the file was
 * handed over (a path from the Electron preload, or an upload to the web host). The renderer
 * never names a path main then reads.
 */
export const ImportFileId = z.string().regex(/^[A-Za-z0-9_-]{22}$/);
export type ImportFileId = z.infer<typeof ImportFileId>;

/** The path of a picked file as the Electron preload sends it (PATH_MAX on Linux; Windows' long paths fit). */
export const PickedPath = z.string().min(1).max(4096);

/**
 * The largest catalogue file taken: a million products is some 80 MB of CSV, so this leaves room
 * for long names and several barcodes each without letting one upload fill the disk.
 */
export const maxImportFileBytes = 512 * 1024 * 1024;

/** Where a running preview or import is; the latest is replayed to a screen that opens late. */
export const ImportProgress = z.object({
  task: z.enum(['preview', 'import']),
  /** reading: rows checked as the file is read; writing: the catalogue is being changed (no cancel). */
  state: z.enum(['reading', 'writing', 'done', 'cancelled', 'failed']),
  rows: z.number().int().nonnegative(),
  rowsPerSecond: z.number().int().nonnegative(),
  /** Estimated from the share of the file read so far; null until there is something to go by. */
  secondsLeft: z.number().int().nonnegative().nullable(),
  /** Share of the file read, 0 to 1. */
  fraction: z.number().min(0).max(1),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

/** The catalogue import of a picked file, read as it comes: merged into the contract. */
export const catalogFileChannels = {
  'catalog.previewFile': { input: z.strictObject({ fileId: ImportFileId }), output: ImportPreview },
  /** All or nothing, like catalog.import; cancelled with catalog.cancelImport until it writes. */
  'catalog.importFile': {
    input: z.strictObject({ fileId: ImportFileId, mode: z.enum(['replace', 'merge']) }),
    output: z.object({ imported: z.number().int() }),
  },
  /** Stops the running preview or import; answers whether there was one to stop. */
  'catalog.cancelImport': { input: z.strictObject({}), output: z.object({ cancelled: z.boolean() }) },
} as const;
