import { z } from 'zod';
import { catalogChannels } from '../catalog';
import { catalogFileChannels } from '../catalog-file-import';
import { catalogueAdminChannels } from '../catalogue-admin';
import { DeviceStatus } from '../device';
import { ShiftStatus } from '../fiscal/device-results';
import { cashMovementNeedsReason, FiscalDocument } from '../fiscal/documents';
import { DocumentMoney } from '../fiscal/units';
import { ShiftReport } from '../fiscal/shift-report';
import { Locale } from '../locale';
import { printingChannels } from '../printing/channels';
import { reportChannels } from '../reports/channels';
import { counterChannels } from './counter-channels';
import { dashboardChannels } from './dashboard-channels';
import { diagnosticsChannels } from './diagnostics-channels';
import { displayChannels } from './display-channels';
import { flowChannels } from './flow-channels';
import { offlineChannels } from './offline-channels';
import { officeChannels } from './office-channels';
import { HostKind } from './host-kind';
import { JournalDocumentView } from './journal-view';
import { peopleChannels } from './people-channels';
import { quarantineChannels } from './quarantine-channels';
import { settingsChannels } from './settings-channels';
import { startupChannels } from './startup-channels';
import type { ChannelName } from './names';

/** Channels without parameters still take an object, so extra fields are refused, not ignored. */
const NoInput = z.strictObject({});

export { HostKind };

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  host: HostKind,
  schemaVersion: z.number().int().nonnegative(),
});
export type AppInfo = z.infer<typeof AppInfo>;

const LocaleSetting = z.object({ locale: Locale });

export { JournalDocumentView };

interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

export const contract = {
  'app.info': { input: NoInput, output: AppInfo },
  'settings.getLocale': { input: NoInput, output: LocaleSetting },
  'settings.setLocale': { input: z.strictObject({ locale: Locale }), output: LocaleSetting },
  'device.getStatus': { input: NoInput, output: DeviceStatus },
  'document.submit': {
    input: z.strictObject({ document: FiscalDocument }).superRefine(({ document }, ctx) => {
      if (cashMovementNeedsReason(document)) ctx.addIssue({ code: 'custom', path: ['document', 'reason'], message: 'a withdrawal names its reason' });
    }),
    output: JournalDocumentView,
  },
  /** A rollback names only its parent: its tenders and VAT are built from the parent in the journal (main process). */
  'document.rollBack': { input: z.strictObject({ parentUuid: z.uuid() }), output: JournalDocumentView },
  'journal.status': {
    input: NoInput,
    output: z.object({ deviceId: z.string(), unsettled: z.number().int(), unknown: z.number().int() }),
  },
  'journal.unsettled': { input: NoInput, output: z.array(JournalDocumentView) },
  /** The shift opens in the signed-in person's name. */
  'shift.open': { input: z.strictObject({ openingFloat: DocumentMoney }), output: z.object({}) },
  'shift.status': { input: NoInput, output: ShiftStatus },
  'report.x': { input: NoInput, output: ShiftReport },
  ...catalogChannels,
  ...catalogFileChannels,
  ...catalogueAdminChannels,
  ...counterChannels,
  ...peopleChannels,
  ...settingsChannels,
  ...dashboardChannels,
  ...reportChannels,
  ...printingChannels,
  ...diagnosticsChannels,
  ...flowChannels,
  ...startupChannels,
  ...quarantineChannels,
  ...offlineChannels,
  ...displayChannels,
  ...officeChannels,
} as const satisfies { [C in ChannelName]: ChannelSpec };

export type Contract = typeof contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;
