import type { TFunction } from 'i18next';
import { z } from 'zod';
import { formatDateTime } from '../../shared/date';
import { FiscalDocument } from '../../shared/fiscal/documents';
import { documentKindKey, journalStateKey } from '../../shared/i18n/document-keys';
import { errorMessageKey } from '../../shared/i18n/resources';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { ErrorCode } from '../../shared/result';
import { JournalDocumentView } from '../../shared/ipc/journal-view';
import type { AuditDetails } from '../../shared/people/audit';
import { Role } from '../../shared/people/people';
import { PrivilegedAction } from '../../shared/people/privileges';
import { auditActionKey, roleKey } from '../people/labels';

/** Internals a manager has no use for: how the call travelled and the journal's own id of the document. */
const unspoken = new Set(['channel', 'uuid', 'role']);

/** What a manager reads first: the document, its amount, its number, then why. */
const readingOrder = ['kind', 'amount', 'discount', 'number', 'zNumber', 'overShort', 'reason', 'state'];
const rank = (key: string) => {
  const place = readingOrder.indexOf(key);
  return place === -1 ? readingOrder.length : place;
};

const Kind = FiscalDocument.options.map((o) => o.shape.kind);
const DocumentKind = z.union(Kind);
const State = JournalDocumentView.shape.state;
const Amount = z.number().int();

export interface AuditFormat {
  t: TFunction;
  locale: Locale;
  currency: Currency;
}

/**
 * An audit entry's details in the manager's words: what document, how much, its number, why,
 * for what an approval was given; never a channel name or a UUID. What the app does not know
 * how to say is written as it was recorded, so nothing is hidden.
 */
export function auditWords(details: AuditDetails, { t, locale, currency }: AuditFormat): string {
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const parts: string[] = [];
  const entries = Object.entries(details).sort(([a], [b]) => rank(a) - rank(b));
  for (const [key, value] of entries) {
    if (unspoken.has(key) || value === null) continue;
    const said = say(key, value);
    if (said !== null) parts.push(said);
  }
  return parts.join(' · ');

  function say(key: string, value: string | number | boolean): string | null {
    switch (key) {
      case 'kind': {
        const kind = DocumentKind.safeParse(value);
        return kind.success ? t(documentKindKey[kind.data]) : String(value);
      }
      case 'state': {
        const state = State.safeParse(value);
        // A done document needs no word; any other outcome does.
        return state.success ? (state.data === 'done' ? null : t(journalStateKey[state.data])) : String(value);
      }
      case 'amount':
        return Amount.safeParse(value).success ? t('till.audit.amount', { amount: money(value as number) }) : String(value);
      case 'discount':
        return typeof value === 'number' && value > 0 ? t('till.audit.discount', { amount: money(value) }) : null;
      case 'overShort':
        return typeof value === 'number' ? `${t(value > 0 ? 'till.count.over' : value < 0 ? 'till.count.short' : 'till.count.agrees')} ${money(Math.abs(value))}` : String(value);
      case 'number':
        return t('till.audit.number', { number: value });
      case 'zNumber':
        return t('till.audit.zNumber', { number: value });
      case 'reason':
        return t('till.audit.reason', { reason: value });
      case 'for': {
        const action = PrivilegedAction.safeParse(value);
        return t('till.audit.approvedFor', { action: action.success ? t(auditActionKey[action.data]) : String(value) });
      }
      case 'attemptsLeft':
        return t('till.audit.attemptsLeft', { count: Number(value) });
      case 'lockedUntil':
        return t('till.audit.lockedUntil', { time: typeof value === 'string' ? formatDateTime(new Date(value), locale) : String(value) });
      case 'error': {
        const code = ErrorCode.safeParse(value);
        return code.success ? t(errorMessageKey[code.data]) : String(value);
      }
      case 'person': {
        const role = Role.safeParse(details.role);
        return role.success ? t('till.audit.person', { name: value, role: t(roleKey[role.data]) }) : String(value);
      }
      case 'pinChanged':
        return value === true ? t('till.audit.pinChanged') : null;
      case 'active':
        return value === false ? t('till.audit.deactivated') : null;
      case 'device':
        return t('till.audit.device', { name: value });
      default:
        return `${key}: ${String(value)}`;
    }
  }
}
