import { StringDecoder } from 'node:string_decoder';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import type { ImportProblem } from '../../shared/catalog';
import { ImportChecker, type ParsedLine } from './import-checker';
import type { ImportRow } from './import-row';

export interface ImportFile {
  /** Product rows in the file; blank lines are not rows. */
  rows: number;
  /** The rows without a problem, in the file's order. */
  valid: ImportRow[];
  /** The first problems (import-checker.ts), by row and then by column. */
  problems: ImportProblem[];
}

/**
 * Reads a small catalogue file whole: every row it can import, and its problems. What the
 * import and the preview do streams instead (`checkImportText`, `checkImportStream`); this is for
 * a file the size of a hand-written one.
 */
export function readImportFile(csv: string): ImportFile {
  const valid: ImportRow[] = [];
  const checker = new ImportChecker((row) => valid.push(row));
  checkImportText(csv, checker);
  return { rows: checker.rows, valid, problems: checker.problems };
}

/**
 * Reads a catalogue file, UTF-8 with or without a byte order mark, separated by "," or ";",
 * header first, through `checker` one line at a time as the parser finds them.
 */
export function checkImportText(csv: string, checker: ImportChecker): void {
  const text = withoutByteOrderMark(csv);
  Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false, step: ({ data, errors }) => checker.read(lineOf(data, errors)) });
  checker.finish();
}

/** How far a streamed read has come; `fraction` of the file's characters, 0 to 1. */
export interface ReadProgress {
  rows: number;
  fraction: number;
}

export interface StreamOptions {
  /** Stops the read between two lines; the promise then rejects with ImportCancelledError. */
  signal?: AbortSignal;
  /** Called every `progressEvery` rows and once at the end. */
  onProgress?: (progress: ReadProgress) => void;
}

/** The read was stopped by its signal: nothing after the line it stopped at was looked at. */
export class ImportCancelledError extends Error {
  constructor() {
    super('The catalogue import was cancelled');
    this.name = 'ImportCancelledError';
  }
}

const progressEvery = 10_000;

/**
 * `checkImportText` over a file as it is read, chunk by chunk: no more of it is held than the
 * chunk being parsed and the line that runs over its end. `size` is the file's length in bytes,
 * for the progress.
 */
export async function checkImportStream(bytes: AsyncIterable<Buffer | string>, size: number, checker: ImportChecker, options: StreamOptions = {}): Promise<void> {
  const source = bytes[Symbol.asyncIterator]();
  // The delimiter is read from the header line, so the text up to it is looked at first.
  const decoder = new StringDecoder('utf8');
  let head = '';
  let read = 0;
  let ended = false;
  while (!ended && !hasHeaderLine(head)) {
    const next = await source.next();
    if (next.done) ended = true;
    else {
      read += next.value.length;
      head += typeof next.value === 'string' ? next.value : decoder.write(next.value);
    }
  }
  head = withoutByteOrderMark(head);
  const delimiter = delimiterOf(head);
  const rest = async function* () {
    yield head;
    for (let next = await source.next(); !next.done; next = await source.next()) {
      read += next.value.length;
      yield typeof next.value === 'string' ? next.value : decoder.write(next.value);
    }
    const last = decoder.end();
    if (last !== '') yield last;
  };
  const progress = () => options.onProgress?.({ rows: checker.rows, fraction: size > 0 ? Math.min(1, read / size) : 1 });
  await new Promise<void>((resolve, reject) => {
    let stopped = false;
    Papa.parse<string[]>(Readable.from(rest()) as unknown as File, {
      delimiter,
      skipEmptyLines: false,
      step: ({ data, errors }, parser) => {
        if (stopped) return;
        if (options.signal?.aborted) {
          stopped = true;
          parser.abort();
          reject(new ImportCancelledError());
          return;
        }
        const rowsBefore = checker.rows;
        checker.read(lineOf(data, errors));
        if (checker.rows !== rowsBefore && checker.rows % progressEvery === 0) progress();
      },
      complete: () => {
        if (stopped) return;
        checker.finish();
        progress();
        resolve();
      },
      error: (error) => reject(error),
    });
  });
}

/** Whether the text's complete lines (those ended by a line break) include one that is not blank. */
function hasHeaderLine(text: string): boolean {
  const end = text.lastIndexOf('\n');
  return end >= 0 && /\S/.test(text.slice(0, end));
}

function lineOf(cells: string[], errors: readonly Papa.ParseError[]): ParsedLine {
  return { cells, missingQuotes: errors.some((e) => e.code === 'MissingQuotes') };
}

function withoutByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * The header names no quotes, commas or semicolons, so its own line tells the delimiter: a
 * spreadsheet in Azerbaijani, Ukrainian or Russian writes ";" (its decimal mark being ","),
 * one in English ",".
 */
function delimiterOf(text: string): ',' | ';' {
  const headerText = /^.*\S.*$/m.exec(text)?.[0] ?? '';
  return count(headerText, ';') > count(headerText, ',') ? ';' : ',';
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
