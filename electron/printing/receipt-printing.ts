import type { JournalDocumentEvent } from '../../shared/ipc/events';
import { paperColumns, type PrintState, type ReceiptPrinterSettings } from '../../shared/printing/printer-settings';
import type { PrintableReceipt } from '../../shared/printing/printable-receipt';
import { receiptJob, testJob } from '../../shared/printing/receipt-escpos';
import type { EventBus } from '../app/event-bus';
import type { Logger } from '../app/logger';
import type { ActiveDevice } from '../devices/active-device';
import type { OfflineDocument } from '../devices/driver';
import { documentOf, type Journal } from '../journal/journal';
import { receiptPdf } from './receipt-pdf';
import { defaultNetworkTimeouts, printOverTcp, type NetworkTimeouts, type PrintOutcome } from './network-printer';

/** The operating system's printer, where the host has one (Electron: webContents.print). */
export interface SystemPrinter {
  print(receipt: PrintableReceipt, columns: number): Promise<PrintOutcome>;
  test(columns: number, title: string): Promise<PrintOutcome>;
}

export interface ReceiptPrintingDeps {
  journal: Pick<Journal, 'rawAnswer' | 'byUuid'>;
  bus: EventBus;
  device: () => Pick<ActiveDevice, 'id' | 'driver' | 'capabilities'>;
  printer: () => ReceiptPrinterSettings;
  logger: Logger;
  /** Absent in the web host: there the system printer's receipt is a PDF the browser opens. */
  system?: SystemPrinter;
  timeouts?: NetworkTimeouts;
}

/** Documents that are receipts on paper; a Z report is the device's own. */
const printedKinds = new Set(['sale', 'moneyBack', 'deposit', 'withdraw']);
/** States kept for the result screen and "Print again"; older receipts print again from the journal. */
const keptStates = 200;

/**
 * The fiscal receipt on the app's printer, for a device that prints nothing itself (capabilities
 * `printsItself` false, e.g. the cloud register Checkbox): printed once the device has done the
 * document, from what its driver makes printable. A print never holds back or undoes the fiscal
 * document: the sale is done, and a failed print is a state the cashier sees, with "Print again".
 */
export class ReceiptPrinting {
  private readonly states = new Map<string, PrintState>();
  /** Receipts printed as made offline: their paper is out, and being done later prints no second one. */
  private readonly printedOffline = new Set<string>();
  /** One job at a time: two receipts must not interleave on one printer. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly log: Logger;
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: ReceiptPrintingDeps) {
    this.log = deps.logger.child({ module: 'printing' });
    // The bus replays the last event to a new subscriber: that document settled before this
    // service listened, and is not printed on its say-so (the journal can print it again).
    let replaying = true;
    this.unsubscribe = deps.bus.subscribe((message) => {
      if (!replaying && message.event === 'journal.document') this.settled(message.payload);
    });
    replaying = false;
  }

  /** The active device prints nothing itself and its driver can give a receipt to print. */
  needed(): boolean {
    const device = this.deps.device();
    return device.capabilities()?.printsItself === false && device.driver?.printable !== undefined;
  }

  state(uuid: string): PrintState {
    return this.states.get(uuid) ?? { state: 'off' };
  }

  /**
   * Prints the receipt from the device's answer as the journal keeps it: the customer's paper,
   * or its first print again after a failed one (the customer has none yet, so it is no copy).
   */
  print(uuid: string): Promise<PrintState> {
    return this.start(uuid, false);
  }

  /** Prints a receipt the customer already has again, marked as a copy on the paper (receipt detail). */
  reprint(uuid: string): Promise<PrintState> {
    return this.start(uuid, true);
  }

  /** The receipt for a PDF (the web host's system printer); a copy when it is a reprint. */
  async printable(uuid: string, copy = false): Promise<{ receipt: PrintableReceipt; columns: number } | null> {
    const settings = this.deps.printer();
    const columns = paperColumns[settings.kind === 'none' ? '80' : settings.paper];
    const receipt = await this.deps.device().driver?.printable?.(uuid, this.deps.journal.rawAnswer(uuid), columns, this.offlineDocument(uuid));
    return receipt ? { receipt: { ...receipt, ...(copy ? { copy } : {}) }, columns } : null;
  }

  /**
   * The receipt as a PDF for the web host's system printer. The service's own PDF where it has
   * answered the receipt (the legally formatted one, as its text is on ESC/POS); our own layout
   * where it cannot give one (unreachable, a bad file), for a receipt made offline and not yet
   * answered, and for a copy, whose paper must say КОПІЯ.
   */
  async pdf(uuid: string, copy: boolean): Promise<{ fileName: string; bytes: Buffer } | null> {
    const fileName = `receipt-${this.deps.journal.byUuid(uuid)?.result?.documentNumber ?? uuid}${copy ? '-copy' : ''}.pdf`;
    if (!copy && !this.offlineDocument(uuid)) {
      const service = await this.deps.device().driver?.servicePdf?.(uuid);
      if (service) return { fileName, bytes: service };
    }
    const printable = await this.printable(uuid, copy);
    return printable ? { fileName, bytes: await receiptPdf(printable.receipt, printable.columns) } : null;
  }

  private start(uuid: string, copy: boolean): Promise<PrintState> {
    const settings = this.deps.printer();
    if (!this.needed() || settings.kind === 'none') return Promise.resolve(this.remember(uuid, { state: 'off' }));
    this.remember(uuid, { state: 'printing' });
    const job = this.queue.then(() => this.printNow(uuid, settings, copy));
    this.queue = job.catch(() => undefined);
    return job;
  }

  /** A test page on the printer as the form sets it, saved or not. */
  async test(settings: ReceiptPrinterSettings, title: string): Promise<PrintState> {
    switch (settings.kind) {
      case 'none':
        return { state: 'off' };
      case 'network': {
        const outcome = await printOverTcp(settings, testJob({ columns: paperColumns[settings.paper], codePage: settings.codePage, codePageNumber: settings.codePageNumber, kickDrawer: false }, title), this.deps.timeouts);
        return stateOf(outcome);
      }
      case 'system':
        return this.deps.system ? stateOf(await this.deps.system.test(paperColumns[settings.paper], title)) : { state: 'pdf' };
    }
  }

  /** Resolves when every print asked for so far has ended. */
  async idle(): Promise<void> {
    await this.queue;
  }

  /** Stops printing new receipts and lets the one on the printer finish. */
  async close(): Promise<void> {
    this.unsubscribe();
    await this.idle();
  }

  private settled(event: JournalDocumentEvent): void {
    if (!printedKinds.has(event.kind) || event.deviceId !== this.deps.device().id) return;
    switch (event.state) {
      case 'done':
        // Marked at once, within the event: the sale's answer reaches the screen after this, and finds it printing.
        if (!this.printedOffline.delete(event.uuid)) void this.print(event.uuid);
        return;
      case 'rejected':
        this.printedOffline.delete(event.uuid);
        return;
      case 'pending':
      case 'sending':
      case 'unknown':
        // Made offline: the customer's receipt is complete with its reserved code now, not when the service is back.
        if (!this.printedOffline.has(event.uuid) && this.offlineDocument(event.uuid)) {
          this.printedOffline.add(event.uuid);
          void this.print(event.uuid);
        }
        return;
    }
  }

  /** The document as made offline, while it waits for its answer: its paper comes from the journal's own document. */
  private offlineDocument(uuid: string): OfflineDocument | undefined {
    // Every document of every device passes here while it is sent: a device that prints itself,
    // or sells nothing offline, costs no journal read.
    const offline = this.deps.device().driver?.offline;
    if (!offline || !this.needed()) return undefined;
    const entry = this.deps.journal.byUuid(uuid);
    if (!entry || entry.state === 'done' || entry.state === 'rejected') return undefined;
    const request = { operation: entry.operation, body: entry.request };
    const fiscalCode = offline.codeOf(uuid, request);
    return fiscalCode === undefined ? undefined : { document: documentOf(entry), request, fiscalCode, journaledAt: entry.createdAt };
  }

  private async printNow(uuid: string, settings: Exclude<ReceiptPrinterSettings, { kind: 'none' }>, copy: boolean): Promise<PrintState> {
    const columns = paperColumns[settings.paper];
    let receipt: PrintableReceipt | null = null;
    try {
      receipt = (await this.deps.device().driver?.printable?.(uuid, this.deps.journal.rawAnswer(uuid), columns, this.offlineDocument(uuid))) ?? null;
    } catch (error) {
      this.log.warn({ err: error, uuid }, 'the driver gave no receipt to print');
    }
    if (!receipt) return this.remember(uuid, { state: 'failed', problem: 'noReceipt', detail: 'the device gave no fiscalised receipt to print' });
    const outcome = await this.put(copy ? { ...receipt, copy } : receipt, settings, columns);
    const state = outcome === 'pdf' ? ({ state: 'pdf' } as const) : stateOf(outcome);
    if (state.state === 'failed') this.log.warn({ uuid, problem: state.problem, detail: state.detail }, 'receipt not printed');
    else this.log.info({ uuid, state: state.state, copy }, 'receipt printed');
    return this.remember(uuid, state);
  }

  private async put(receipt: PrintableReceipt, settings: Exclude<ReceiptPrinterSettings, { kind: 'none' }>, columns: number): Promise<PrintOutcome | 'pdf'> {
    switch (settings.kind) {
      case 'network':
        return printOverTcp(settings, receiptJob(receipt, { columns, codePage: settings.codePage, codePageNumber: settings.codePageNumber, kickDrawer: settings.kickDrawerOnCash }), this.deps.timeouts ?? defaultNetworkTimeouts);
      case 'system':
        return this.deps.system ? this.deps.system.print(receipt, columns) : 'pdf';
    }
  }

  private remember(uuid: string, state: PrintState): PrintState {
    this.states.delete(uuid);
    this.states.set(uuid, state);
    if (this.states.size > keptStates) this.states.delete(this.states.keys().next().value!);
    return state;
  }
}

function stateOf(outcome: PrintOutcome): PrintState {
  return outcome.ok ? { state: 'printed' } : { state: 'failed', problem: outcome.problem, detail: outcome.detail.slice(0, 300) };
}
