import type { Logger } from '../../app/logger';
import type { FiscalDriver } from '../driver';
import { TaxTable, type TaxRow } from './answers';
import type { CheckboxClient } from './client';
import { CheckboxDocuments } from './documents';
import { buildRequest } from './mapping';
import { refusedBy } from './outcome';
import { printableReceipt } from './printable';
import { CheckboxReports } from './reports';
import { CheckboxShifts, type PollSchedule } from './shifts';

/**
 * The running driver over a client. It keeps what `build` needs and cannot ask for (build is
 * synchronous): the organisation's tax table, read at start, at every shift opening and with
 * the register's info, and the shift in progress, for the Z report's request.
 */
export async function checkboxDriver(client: CheckboxClient, logger: Logger, schedule: PollSchedule): Promise<FiscalDriver> {
  const log = logger.child({ module: 'checkbox' });
  const documents = new CheckboxDocuments(client);
  const shifts = new CheckboxShifts(client, schedule);
  const reports = new CheckboxReports(client);
  let taxes: readonly TaxRow[] | undefined;

  const readTaxes = async () => {
    const reply = await client.call('GET', '/tax', TaxTable);
    if (reply.kind === 'ok') taxes = reply.value;
    // Without the table no goods can be mapped: the journal refuses them as not supported until it is read.
    else log.warn({ reason: reply.kind === 'unknown' ? reply.reason : reply.code }, 'cannot read the tax table');
  };
  await readTaxes();
  await shifts.status();

  return {
    build: (doc, uuid, parents) => buildRequest(doc, uuid, parents, { taxes, shiftId: shifts.currentId }),
    send: (request) => documents.send(request),
    // The service de-duplicates our receipt id: a lost answer is settled by sending the same bytes, and its refusal as a duplicate by a lookup.
    recovery: { mode: 'resend' },
    completion: { poll: (uuid, request) => documents.poll(uuid, request) },
    openShift: async (_cashierName, openingFloat) => {
      await readTaxes();
      return shifts.open(openingFloat);
    },
    shiftStatus: () => shifts.status(),
    xReport: () => reports.x(),
    periodicReport: (from, to) => reports.periodic(from, to),
    controlTape: () => reports.controlTape(),
    info: async () => {
      if (!taxes) await readTaxes();
      return reports.info();
    },
    // A cloud register prints nothing and has no drawer: the app's own printer does both.
    printLast: () => Promise.resolve(refusedBy('not_supported', 'Checkbox has no printer: the app prints the receipt')),
    openDrawer: () => Promise.resolve(refusedBy('not_supported', 'Checkbox has no cash drawer: the receipt printer opens it')),
    printable: (uuid, storedAnswer, columns) => printableReceipt(client, uuid, storedAnswer, columns),
    // The session stays: a till signs in once and keeps its token until the service revokes it.
    close: () => Promise.resolve(),
  };
}
