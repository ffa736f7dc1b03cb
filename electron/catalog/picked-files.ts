import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { maxImportFileBytes, type ImportFileId } from '../../shared/catalog-file-import';
import { AppFailure } from '../app/app-failure';

/**
 * How many picked files are remembered. A manager picks one file and imports it; a few more let a
 * second window or a re-pick work, and uploaded copies beyond them are deleted so uploads cannot
 * fill the data folder.
 */
const keptFiles = 4;

interface PickedFile {
  path: string;
  /** An upload copied into the data folder: deleted when forgotten. A file the user picked on disk is never deleted. */
  owned: boolean;
}

/**
 * The catalogue files the user handed over, by an opaque id. The renderer names only an id, so it
 * cannot have main read a file of its choosing: a path comes only from the Electron preload
 * (webUtils.getPathForFile of a File the user picked, which is empty for a File made in the page)
 * or from an upload the web host streamed into `uploadDir`.
 */
export class PickedFiles {
  private readonly files = new Map<ImportFileId, PickedFile>();

  constructor(
    private readonly uploadDir: string,
    private readonly limit = maxImportFileBytes,
  ) {}

  /** A file picked on disk (Electron): it must be an absolute path to a regular file within the size limit. */
  async adopt(path: string): Promise<ImportFileId> {
    if (!isAbsolute(path)) throw new AppFailure('import_unreadable', 'The picked file has no absolute path');
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) throw new AppFailure('import_unreadable', 'The picked file is not a readable file');
    if (info.size > this.limit) throw tooLarge(this.limit);
    return this.remember({ path, owned: false });
  }

  /** An upload (web host), streamed into the data folder and refused past the size limit, never held whole. */
  async receive(body: AsyncIterable<Buffer>): Promise<ImportFileId> {
    await mkdir(this.uploadDir, { recursive: true });
    const path = join(this.uploadDir, `${newId()}.csv`);
    const limit = this.limit;
    let size = 0;
    try {
      await pipeline(
        body,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            size += chunk.length;
            if (size > limit) throw tooLarge(limit);
            yield chunk;
          }
        },
        createWriteStream(path),
      );
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    return this.remember({ path, owned: true });
  }

  pathOf(id: ImportFileId): string {
    const file = this.files.get(id);
    if (!file) throw new AppFailure('import_unreadable', 'No picked file has this id');
    return file.path;
  }

  /** Deletes the uploads still kept (at close, and of a previous run at start). */
  async clear(): Promise<void> {
    this.files.clear();
    await rm(this.uploadDir, { recursive: true, force: true });
  }

  private async remember(file: PickedFile): Promise<ImportFileId> {
    const id = newId();
    this.files.set(id, file);
    for (const [oldId, old] of this.files) {
      if (this.files.size <= keptFiles) break;
      this.files.delete(oldId);
      if (old.owned) await rm(old.path, { force: true });
    }
    return id;
  }
}

function newId(): ImportFileId {
  return randomBytes(16).toString('base64url');
}

function tooLarge(limit: number): AppFailure {
  return new AppFailure('import_too_large', `The catalogue file is larger than ${limit} bytes`, { limit });
}
