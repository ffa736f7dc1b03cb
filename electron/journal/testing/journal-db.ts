import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { migrate } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { openDatabase, type Db } from '../../db/open';
import { buildDocumentRequest } from '../../devices/caspos/testing/wire';
import { sale, tenders } from '../../devices/caspos/testing/documents';
import { Journal, type NewDocument } from '../journal';
import { noParents } from '../../devices/testing/parents';

/** A migrated database file in `dir` and its journal: the real thing, on disk. */
export function openJournal(dir: string, now: () => Date = () => new Date()): { db: Db; journal: Journal } {
  const db = openDatabase(join(dir, 'kassa.sqlite3'));
  migrate(db, migrations);
  return { db, journal: new Journal(db, now) };
}

export function newSale(cash = 600): NewDocument {
  const uuid = randomUUID();
  const document = sale({ tenders: tenders({ cash }) });
  return { uuid, deviceId: 'training', document, request: buildDocumentRequest(document, uuid, noParents), total: 546 };
}
