import { decodeText, escTNumber, type CodePage } from '../../../shared/printing/code-pages';

/** What a print job put on paper, read back from its ESC/POS bytes. */
export interface PrintedJob {
  /** The text lines, decoded from the code page ESC t chose. */
  lines: string[];
  /** The data of each QR code printed (stored with GS ( k fn 80, printed with fn 81). */
  qrCodes: string[];
  cuts: number;
  drawerKicks: number;
  /** The ESC t numbers chosen, in order. */
  codePages: number[];
  /** Bytes of commands this reader does not know: a test expects none. */
  unknown: number[];
}

/** Which page an ESC t number selects on the loopback printer (Epson's table, as the app's default). */
export type PageTable = ReadonlyMap<number, CodePage>;
export const epsonPages: PageTable = new Map(Object.entries(escTNumber).map(([page, number]) => [number, page as CodePage]));

/**
 * Reads ESC/POS bytes as they arrive, a command at a time; a command cut across two reads waits
 * for the rest. `answer` is called with the byte a status request (DLE EOT) is answered with.
 */
export class EscPosReader {
  readonly job: PrintedJob = { lines: [], qrCodes: [], cuts: 0, drawerKicks: 0, codePages: [], unknown: [] };
  private pending: number[] = [];
  private text: number[] = [];
  private page: CodePage | undefined;
  private storedQr: string | undefined;

  constructor(
    private readonly pages: PageTable,
    private readonly answer: (request: number) => number | undefined,
    private readonly reply: (byte: number) => void,
  ) {}

  feed(chunk: Uint8Array): void {
    this.pending.push(...chunk);
    for (;;) {
      const used = this.step(this.pending);
      if (used === 0) return;
      this.pending = this.pending.slice(used);
    }
  }

  /** Ends the job: text without its line feed is a line too. */
  end(): PrintedJob {
    if (this.text.length > 0) this.flushLine();
    return this.job;
  }

  /** Reads one command or byte from the front of `b`; 0 when it is not complete yet. */
  private step(b: number[]): number {
    if (b.length === 0) return 0;
    const first = b[0]!;
    if (first === 0x0a) {
      this.flushLine();
      return 1;
    }
    if (first >= 0x20) {
      this.text.push(first);
      return 1;
    }
    if (first === 0x1b) return this.esc(b);
    if (first === 0x1d) return this.gs(b);
    if (first === 0x10) {
      if (b.length < 3) return 0;
      if (b[1] === 0x04) {
        const status = this.answer(b[2]!);
        if (status !== undefined) this.reply(status);
        return 3;
      }
    }
    this.job.unknown.push(first);
    return 1;
  }

  private esc(b: number[]): number {
    const command = b[1];
    if (command === undefined) return 0;
    switch (command) {
      case 0x40:
        return 2;
      case 0x74: {
        if (b.length < 3) return 0;
        this.job.codePages.push(b[2]!);
        this.page = this.pages.get(b[2]!);
        return 3;
      }
      case 0x61:
      case 0x45:
        return b.length < 3 ? 0 : 3;
      case 0x70:
        if (b.length < 5) return 0;
        this.job.drawerKicks += 1;
        return 5;
      default:
        this.job.unknown.push(0x1b, command);
        return 2;
    }
  }

  private gs(b: number[]): number {
    if (b.length < 3) return 0;
    if (b[1] === 0x56) {
      const withFeed = b[2] === 0x41 || b[2] === 0x42;
      if (withFeed && b.length < 4) return 0;
      this.job.cuts += 1;
      return withFeed ? 4 : 3;
    }
    if (b[1] === 0x28 && b[2] === 0x6b) {
      if (b.length < 5) return 0;
      const length = b[3]! + b[4]! * 256;
      if (b.length < 5 + length) return 0;
      const [cn, fn, ...parameters] = b.slice(5, 5 + length);
      if (cn === 0x31 && fn === 80) this.storedQr = String.fromCharCode(...parameters.slice(1));
      if (cn === 0x31 && fn === 81 && this.storedQr !== undefined) this.job.qrCodes.push(this.storedQr);
      return 5 + length;
    }
    this.job.unknown.push(0x1d, b[1]!);
    return 2;
  }

  private flushLine(): void {
    // Text before any ESC t is in the printer's own page: the reader takes it as ASCII and marks what is not.
    const bytes = Uint8Array.from(this.text);
    this.job.lines.push(this.page ? decodeText(bytes, this.page) : String.fromCharCode(...bytes.map((x) => (x < 0x80 ? x : 0x3f))));
    this.text = [];
  }
}
