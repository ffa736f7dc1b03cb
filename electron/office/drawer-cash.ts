import type { PushRequest } from '../../shared/office/till-api';
import type { Db } from '../db/open';
import type { Journal } from '../journal/journal';
import { expectedCash } from '../reports/expected-cash';
import { bookedDocuments, currentShiftDocuments } from '../reports/shift-documents';

/** The most devices a push reports (the contract's limit); a till has one or two. */
const maxDrawers = 20;

/**
 * Cash in the drawer of each device the journal has documents for, as the Reports screen's
 * expected cash reckons it for the current shift: the office's page shows it beside the till.
 */
export function drawerCash(db: Db, journal: Journal): PushRequest['drawers'] {
  const devices = db.prepare('SELECT DISTINCT device_id AS deviceId FROM journal_documents ORDER BY device_id LIMIT ?').all(maxDrawers) as { deviceId: string }[];
  return devices.map(({ deviceId }) => {
    const shift = currentShiftDocuments(journal, deviceId);
    return { deviceId, cash: expectedCash(bookedDocuments(shift.documents), shift.openingFloats).expected };
  });
}
