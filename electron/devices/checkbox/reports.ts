import type { ControlTape, DeviceInfo, PeriodicReport } from '../../../shared/fiscal/device-results';
import type { ShiftReport } from '../../../shared/fiscal/shift-report';
import type { DeviceOutcome } from '../driver';
import { CurrentShiftAnswer, Page, RegisterAnswer, ReportAnswer } from './answers';
import type { CheckboxClient } from './client';
import { shiftReceipts } from './documents';
import { notDone, outcomeOf } from './outcome';
import { controlTapeOf, periodicReportOf, shiftReportOf } from './report-mapping';

/** The reports and the register's identity, each a read of the service. */
export class CheckboxReports {
  constructor(private readonly client: CheckboxClient) {}

  /** POST /reports (an X report) and the shift's receipts for the document range and the cash in/out counts. */
  async x(): Promise<DeviceOutcome<ShiftReport>> {
    const shift = await this.client.call('GET', '/cashier/shift', CurrentShiftAnswer);
    if (shift.kind !== 'ok') return notDone(shift);
    if (!shift.value) return notDone({ kind: 'refused', status: 400, code: 'shift_not_open', group: 'business', text: 'Зміну не відкрито', raw: shift.raw });
    const report = await this.client.call('POST', '/reports', ReportAnswer, { body: '' });
    if (report.kind !== 'ok') return notDone(report);
    const receipts = await shiftReceipts(this.client, shift.value.id);
    return outcomeOf(receipts, (list) => shiftReportOf(report.value, list));
  }

  /** The Z reports of the period (GET /reports?is_z_report=true), added up. */
  async periodic(from: Date, to: Date): Promise<DeviceOutcome<PeriodicReport>> {
    const all: ReportAnswer[] = [];
    const limit = 100;
    for (;;) {
      const page = await this.client.call('GET', '/reports', Page(ReportAnswer), { query: { from_date: from.toISOString(), to_date: to.toISOString(), is_z_report: true, limit, offset: all.length } });
      if (page.kind !== 'ok') return notDone(page);
      all.push(...page.value.results);
      if (page.value.results.length < limit) return { kind: 'done', value: periodicReportOf(from, to, all), duplicate: false, raw: page.raw };
    }
  }

  async controlTape(): Promise<DeviceOutcome<ControlTape>> {
    const shift = await this.client.call('GET', '/cashier/shift', CurrentShiftAnswer);
    if (shift.kind !== 'ok') return notDone(shift);
    if (!shift.value) return { kind: 'done', value: { entries: [] }, duplicate: false, raw: shift.raw };
    const receipts = await shiftReceipts(this.client, shift.value.id);
    const current = shift.value;
    return outcomeOf(receipts, (list) => controlTapeOf(current, list));
  }

  async info(): Promise<DeviceOutcome<DeviceInfo>> {
    const reply = await this.client.call('GET', '/cash-registers/info', RegisterAnswer, { license: true, auth: false });
    return outcomeOf(reply, (register) => ({
      model: 'Checkbox',
      cashboxFactoryNumber: register.fiscal_number,
      cashRegisterFactoryNumber: register.id,
      ...(register.title ? { objectName: register.title } : {}),
      ...(register.address ? { objectAddress: register.address } : {}),
      ...(typeof register.documents_state?.last_receipt_code === 'number' ? { lastDocumentNumber: register.documents_state.last_receipt_code } : {}),
      state: register.offline_mode ? 'offline' : 'online',
    }));
  }
}
