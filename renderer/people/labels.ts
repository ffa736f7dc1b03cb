import type { AuditAction } from '../../shared/people/audit';
import type { Role } from '../../shared/people/people';

/** Written out so each translation key can be found in the source. */
export const roleKey = {
  cashier: 'people.roles.cashier',
  manager: 'people.roles.manager',
  administrator: 'people.roles.administrator',
} as const satisfies Record<Role, `people.roles.${Role}`>;

export const auditActionKey = {
  refund: 'people.actions.refund',
  rollback: 'people.actions.rollback',
  correction: 'people.actions.correction',
  cashOut: 'people.actions.cashOut',
  discount: 'people.actions.discount',
  clearCart: 'people.actions.clearCart',
  zReport: 'people.actions.zReport',
  settings: 'people.actions.settings',
  catalogue: 'people.actions.catalogue',
  priceChange: 'people.actions.priceChange',
  signIn: 'people.actions.signIn',
  signOut: 'people.actions.signOut',
  approval: 'people.actions.approval',
  personCreated: 'people.actions.personCreated',
  personChanged: 'people.actions.personChanged',
  setupCompleted: 'people.actions.setupCompleted',
  deviceAdded: 'people.actions.deviceAdded',
  deviceChanged: 'people.actions.deviceChanged',
  deviceRemoved: 'people.actions.deviceRemoved',
  deviceActivated: 'people.actions.deviceActivated',
  receiptReprinted: 'people.actions.receiptReprinted',
} as const satisfies Record<AuditAction, `people.actions.${AuditAction}`>;
