import type { AppContext } from '../app/context';
import { schemaVersion } from '../db/migrate';
import { documentView } from '../journal/document-view';
import { AppFailure } from '../app/app-failure';
import { createCatalogHandlers } from './catalog-handlers';
import { createCatalogueAdminHandlers } from './catalogue-admin-handlers';
import { createCounterHandlers } from './counter-handlers';
import { createDashboardHandlers } from './dashboard-handlers';
import { createReportHandlers } from './report-handlers';
import { createFlowHandlers } from './flow-handlers';
import { deviceCall } from './device-call';
import { createDiagnosticsHandlers } from './diagnostics-handlers';
import { createDisplayHandlers } from './display-handlers';
import type { Handlers } from './dispatcher';
import { createPeopleHandlers } from './people-handlers';
import { createPrintingHandlers } from './printing-handlers';
import { createOfflineHandlers } from './offline-handlers';
import { createOfficeHandlers } from '../office/office-handlers';
import { createQuarantineHandlers } from './quarantine-handlers';
import { createSettingsHandlers } from './settings-handlers';
import { createStartupHandlers } from './startup-handlers';
import { stamped } from './stamp-document';
import { requireCapability } from './capability-guard';
import { openShift } from '../reports/open-shift';
import { mirroredParent, rollBackFor } from '../journal/rollback-of';

/** How long document.submit waits for the device before answering with the document's state. */
export const submitWaitMs = 3_000;

export function createHandlers(ctx: AppContext): Handlers {
  return {
    'app.info': () => ({
      name: ctx.productName,
      version: ctx.version,
      host: ctx.host,
      schemaVersion: schemaVersion(ctx.db),
    }),
    'settings.getLocale': () => ({ locale: ctx.settings.get('locale') }),
    'settings.setLocale': ({ locale }) => ({ locale: ctx.settings.set('locale', locale) }),
    'device.getStatus': () => ctx.device.refresh(),
    'document.submit': async ({ document }) => {
      if (!ctx.documents) throw new AppFailure('device_unavailable', `No driver reaches device ${ctx.device.id}`);
      // A document that mirrors its parent (a rollback) takes the parent's figures, not the caller's.
      const submitted = await ctx.documents.submitParsed(mirroredParent(ctx.journal, ctx.device.id, stamped(ctx, document)), submitWaitMs);
      return documentView(submitted.entry, ctx.device, submitted.document);
    },
    'document.rollBack': async ({ parentUuid }) => {
      if (!ctx.documents) throw new AppFailure('device_unavailable', `No driver reaches device ${ctx.device.id}`);
      const document = rollBackFor(ctx.journal, ctx.device.id, parentUuid, ctx.session.signedIn().name);
      return documentView(await ctx.documents.submit(document, submitWaitMs), ctx.device);
    },
    'journal.status': () => ({
      deviceId: ctx.device.id,
      unsettled: ctx.journal.unsettledCount(ctx.device.id),
      unknown: ctx.journal.unknownCount(ctx.device.id),
    }),
    'journal.unsettled': () => ctx.journal.unsettled(ctx.device.id).map((entry) => documentView(entry, ctx.device)),
    ...createQuarantineHandlers(ctx),
    ...createOfflineHandlers(ctx),
    'shift.open': async ({ openingFloat }) => {
      const cashierName = ctx.session.signedIn().name;
      await openShift(ctx, cashierName, openingFloat);
      return {};
    },
    'shift.status': () => deviceCall(ctx, 'getShiftStatus', (driver) => driver.shiftStatus()),
    'report.x': () => {
      requireCapability(ctx, 'report.x');
      return deviceCall(ctx, 'getXReport', (driver) => driver.xReport(ctx.session.signedIn().name));
    },
    ...createCatalogHandlers(ctx),
    ...createCatalogueAdminHandlers(ctx),
    ...createCounterHandlers(ctx),
    ...createPeopleHandlers(ctx),
    ...createSettingsHandlers(ctx),
    ...createDashboardHandlers(ctx),
    ...createReportHandlers(ctx),
    ...createDiagnosticsHandlers(ctx),
    ...createFlowHandlers(ctx),
    ...createStartupHandlers(),
    ...createPrintingHandlers(ctx),
    ...createDisplayHandlers(ctx),
    ...createOfficeHandlers(ctx),
  };
}
