import { z } from 'zod';
import { DeviceKind, type DeviceStatus } from '../../shared/device';
import type { Db } from '../db/open';
import type { Settings } from '../settings/settings';

const DeviceRow = z.object({
  id: z.string(),
  kind: DeviceKind,
  name: z.string(),
  training: z.number().transform((v) => v === 1),
});

/**
 * The device the cashier sells on. Until the training device's simulator is part of the app,
 * its connection is reported as `unavailable`, and the UI marks it as such.
 */
export function readActiveDeviceStatus(db: Db, settings: Settings): DeviceStatus {
  const id = settings.get('activeDeviceId');
  const row = DeviceRow.parse(
    db.prepare('SELECT id, kind, name, training FROM devices WHERE id = ?').get(id) ??
      db.prepare("SELECT id, kind, name, training FROM devices WHERE id = 'training'").get(),
  );
  return { deviceId: row.id, kind: row.kind, name: row.name, training: row.training, connection: 'unavailable' };
}
