import type { Contract } from '../../shared/ipc/contract';
import type { ChannelName } from '../../shared/ipc/names';
import { documentPrivilege, type PrivilegedAction } from '../../shared/people/privileges';
import type { z } from 'zod';
import { linesAboveDiscountCap } from '../../shared/sale/discount-cap';

/**
 * Who may call a channel. `public`: anyone, before sign-in too (the login screen and the setup
 * wizard need these). `signedIn`: whoever is signed in. `setup`: a manager's, except before the
 * first person exists, when the setup wizard configures the app. A privileged action: a manager,
 * or a cashier with a manager's approval.
 */
export type Access = 'public' | 'signedIn' | 'setup' | { privilege: PrivilegedAction; read?: true };

/** What the shop decided that changes who may do what (shop settings). */
export interface AccessPolicy {
  cashierDiscountCapPercent: number;
}

type Rule = Access | ((input: never, policy: AccessPolicy) => Access);

const settings = { privilege: 'settings' } as const;
/** The shop's products, prices, categories and quick keys: a manager's, logged as a catalogue change. */
const catalogue = { privilege: 'catalogue' } as const;
/** Reading the settings needs the same approval, but a look changes nothing worth an audit entry. */
const readSettings = { privilege: 'settings', read: true } as const;

const rules: { [C in ChannelName]: Access | ((input: z.output<Contract[C]['input']>, policy: AccessPolicy) => Access) } = {
  'app.info': 'public',
  'settings.getLocale': 'public',
  // The language is each person's own choice, not a shop setting.
  'settings.setLocale': 'public',
  'device.getStatus': 'public',
  'document.submit': ({ document }, policy) => {
    const privilege = documentPrivilege(document);
    if (privilege) return { privilege };
    // A discount beyond the cashier's cap is the manager's, never cut down to the cap.
    if (document.kind === 'sale' && linesAboveDiscountCap(document.lines, policy.cashierDiscountCapPercent)) return { privilege: 'discount' };
    return 'signedIn';
  },
  'document.rollBack': { privilege: 'rollback' },
  'journal.status': 'signedIn',
  'journal.unsettled': 'signedIn',
  'shift.open': 'signedIn',
  'shift.status': 'signedIn',
  'report.x': 'signedIn',
  'catalog.search': 'signedIn',
  'catalog.scan': 'signedIn',
  'catalog.favourites': 'signedIn',
  'catalog.importPreview': 'signedIn',
  // Replacing or merging the catalogue changes every price at the counter.
  'catalog.import': catalogue,
  'catalog.export': 'signedIn',
  'catalog.previewFile': 'signedIn',
  'catalog.importFile': catalogue,
  // Stopping changes nothing: the catalogue stays as it was, whoever presses Cancel.
  'catalog.cancelImport': 'signedIn',
  'catalogue.list': 'signedIn',
  'catalogue.get': 'signedIn',
  'catalogue.create': catalogue,
  'catalogue.update': catalogue,
  // Each price change its own approval, and its own entry in the audit log with the old and new price.
  'catalogue.setPrice': { privilege: 'priceChange' },
  'catalogue.setActive': catalogue,
  'catalogue.categories': 'signedIn',
  'catalogue.saveCategory': catalogue,
  'catalogue.removeCategory': catalogue,
  'quickKeys.pages': 'signedIn',
  'quickKeys.save': catalogue,
  'catalogue.template': 'signedIn',
  'device.info': 'signedIn',
  'device.printLast': 'signedIn',
  'device.openDrawer': 'signedIn',
  'journal.get': 'signedIn',
  'journal.list': 'signedIn',
  'journal.refundable': 'signedIn',
  'device.discover': 'setup',
  'setup.status': 'public',
  'setup.createManager': 'public',
  'people.list': 'public',
  'session.current': 'public',
  'session.signIn': 'public',
  'session.signOut': 'public',
  'session.approve': 'signedIn',
  'people.all': readSettings,
  'people.save': settings,
  'audit.list': readSettings,
  'cart.clear': { privilege: 'clearCart' },
  'display.show': 'signedIn',
  // Joining or leaving the shop office changes where the shop's history goes: a manager's.
  'office.status': readSettings,
  'office.probe': readSettings,
  'office.join': settings,
  'office.leave': settings,
  'office.conflicts': readSettings,
  'settings.get': 'signedIn',
  'settings.update': settings,
  // The setup wizard adds, tests and chooses the device before the first manager exists.
  'devices.list': 'signedIn',
  'devices.kinds': 'setup',
  'devices.save': 'setup',
  'devices.test': 'setup',
  'devices.remove': settings,
  'devices.activate': 'setup',
  // The takings an X report shows any signed-in person, counted from the journal.
  'dashboard.summary': 'signedIn',
  'report.reconcile': 'signedIn',
  'report.z': { privilege: 'zReport' },
  'report.zList': 'signedIn',
  'report.zGet': 'signedIn',
  'report.periodic': 'signedIn',
  'report.controlTape': 'signedIn',
  'report.export': 'signedIn',
  // The figure an X report gives any signed-in person; the Z dialog's count alone is blind.
  'report.expectedCash': 'signedIn',
  // The export holds the shop's logs and unsettled documents: a manager's, or the installer's
  // before the first manager exists, when a failing setup is what support needs to see.
  'diagnostics.export': 'setup',
  // Where the logs and exports lie on this PC: a manager's to read out to support, not any cashier's.
  'diagnostics.folders': readSettings,
  // Documents the journal cannot read: their raw text is the manager's to see and decide on.
  'journal.quarantine': readSettings,
  'journal.setAside': settings,
  // Which buttons the counter shows for a device: a manager's, as every other device setting.
  'devices.setFeatures': settings,
  // The receipt printer is a device setting; a test page prints paper, as any setting's check.
  'printer.get': readSettings,
  'printer.save': settings,
  'printer.test': settings,
  // A fiscalised receipt's print, and a copy of it for the customer: any cashier at the counter.
  'receipt.printState': 'signedIn',
  'receipt.print': 'signedIn',
  'receipt.reprintable': 'signedIn',
  'receipt.reprint': 'signedIn',
  'receipt.pdf': 'signedIn',
  'device.offlineStatus': 'signedIn',
  // Selling offline spends the register's legal offline time: the manager decides, with their PIN.
  'device.goOffline': settings,
  'device.goOnline': settings,
  // What a credit still owes and an advance still holds: the counter needs them to take payments.
  'credit.accounts': 'signedIn',
  'credit.account': 'signedIn',
  'advance.accounts': 'signedIn',
  // The start-up recovery screen, shown when the database is lost, runs without people (they
  // were in that database; electron/startup/recovery.ts says who may act there). While the app
  // runs, these answer "nothing to recover" to anyone.
  'startup.status': 'public',
  'startup.restore': 'public',
  'startup.startNew': 'public',
  'startup.useFolder': 'public',
};

/** `input` is the channel's parsed input. */
export function accessOf(channel: ChannelName, input: unknown, policy: AccessPolicy): Access {
  const rule: Rule = rules[channel];
  return typeof rule === 'function' ? (rule as (input: unknown, policy: AccessPolicy) => Access)(input, policy) : rule;
}
