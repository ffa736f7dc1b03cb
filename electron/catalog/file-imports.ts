import type { ImportFileId, ImportProgress } from '../../shared/catalog-file-import';
import type { ImportPreview } from '../../shared/catalog';
import { AppFailure } from '../app/app-failure';
import type { EventBus } from '../app/event-bus';
import type { Catalog } from './catalog';
import type { ImportMode } from './catalog-import';
import type { PickedFiles } from './picked-files';
import { ImportCancelledError, type ReadProgress } from './read-import-file';

/** Below this share of the file read, a time left would be a guess from too little. */
const estimateFrom = 0.01;

/** Errors of reading a file that the user can act on by picking it again. */
const unreadableCodes = new Set(['ENOENT', 'EACCES', 'EPERM', 'EISDIR']);

/**
 * The preview and import of picked files, one at a time: the staging tables are one set per
 * connection, and a second run would only slow the first. Each run reports its progress on the
 * event bus (rows, rows per second, time left) and stops at `cancel()` until it writes.
 */
export class FileImports {
  private running: AbortController | undefined;

  constructor(
    private readonly catalog: Catalog,
    private readonly files: PickedFiles,
    private readonly bus: EventBus,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  preview(fileId: ImportFileId): Promise<ImportPreview> {
    return this.run('preview', fileId, (path, options) => this.catalog.previewFile(path, options));
  }

  import(fileId: ImportFileId, mode: ImportMode): Promise<number> {
    return this.run('import', fileId, (path, options) => this.catalog.importFile(path, mode, options));
  }

  /** Stops the running preview or import; false when none runs (or it already writes, see importCatalogStream). */
  cancel(): boolean {
    if (!this.running || this.running.signal.aborted) return false;
    this.running.abort();
    return true;
  }

  private async run<T>(
    task: ImportProgress['task'],
    fileId: ImportFileId,
    work: (path: string, options: { signal: AbortSignal; onProgress: (progress: ReadProgress) => void }) => Promise<T>,
  ): Promise<T> {
    if (this.running) throw new AppFailure('import_busy', 'Another catalogue preview or import is running');
    const path = this.files.pathOf(fileId);
    const controller = new AbortController();
    this.running = controller;
    const started = this.clock();
    let last: ReadProgress = { rows: 0, fraction: 0 };
    const emit = (state: ImportProgress['state']) => {
      const seconds = (this.clock() - started) / 1000;
      const rowsPerSecond = seconds > 0 ? Math.round(last.rows / seconds) : 0;
      const secondsLeft = state === 'reading' && last.fraction >= estimateFrom ? Math.round((seconds * (1 - last.fraction)) / last.fraction) : null;
      this.bus.emit('catalog.importProgress', { task, state, rows: last.rows, rowsPerSecond, secondsLeft, fraction: last.fraction });
    };
    emit('reading');
    try {
      const result = await work(path, {
        signal: controller.signal,
        onProgress: (progress) => {
          last = progress;
          // Once the whole file is read an import goes on to write, and can no longer be cancelled.
          emit(task === 'import' && progress.fraction === 1 ? 'writing' : 'reading');
        },
      });
      emit('done');
      return result;
    } catch (error) {
      if (error instanceof ImportCancelledError) {
        emit('cancelled');
        throw new AppFailure('import_cancelled', error.message);
      }
      emit('failed');
      if (unreadableCodes.has((error as NodeJS.ErrnoException).code ?? '')) throw new AppFailure('import_unreadable', 'The picked file cannot be read');
      throw error;
    } finally {
      this.running = undefined;
    }
  }
}
