import type { OfficeConflict, OfficeProblemCode, OfficeStatus } from '../../shared/ipc/office-channels';
import { OfficeProblemCode as ProblemCode } from '../../shared/ipc/office-channels';
import { AppFailure } from '../app/app-failure';
import type { AppContext } from '../app/context';
import type { Handlers } from '../ipc/dispatcher';
import { probeFingerprint } from './https-office-client';
import { AlreadyJoinedError } from './office';
import { problemCode } from './office-transport';

type OfficeChannel = 'office.status' | 'office.probe' | 'office.join' | 'office.leave' | 'office.conflicts';

/** The settings screen's shop office section (shared/ipc/office-channels.ts). */
export function createOfficeHandlers(ctx: AppContext): Pick<Handlers, OfficeChannel> {
  return {
    'office.status': () => officeStatus(ctx),
    'office.probe': async ({ address }) => ({ address, fingerprint: await office(ctx, () => probeFingerprint(address)) }),
    'office.join': async ({ address, fingerprint, code, tillName }) => {
      await office(ctx, () => ctx.office.join({ address, fingerprint, code, tillName }));
      return officeStatus(ctx);
    },
    'office.leave': () => ctx.office.leave(),
    'office.conflicts': () => conflicts(ctx),
  };
}

export function officeStatus(ctx: AppContext): OfficeStatus {
  const { store } = ctx.office;
  const link = store.get();
  if (!link) return { joined: false };
  return {
    joined: true,
    address: link.address,
    fingerprint: link.fingerprint,
    shopName: link.shopName,
    tillName: link.tillName,
    joinedAt: link.joinedAt,
    localProductsAllowed: link.localProductsAllowed,
    catalogueVersion: link.catalogueVersion,
    waiting: store.waiting(),
    lastPushAt: link.lastPushAt,
    lastPushError: known(link.lastPushError),
    lastPullAt: link.lastPullAt,
    lastPullError: known(link.lastPullError),
    conflicts: store.conflicts().length,
  };
}

function conflicts(ctx: AppContext): OfficeConflict[] {
  const uuidOf = ctx.db.prepare('SELECT uuid FROM journal_documents WHERE id = ?');
  return ctx.office.store.conflicts().map(({ seq, type, ref, at }) => {
    const documentRow = type === 'document' || type === 'mismatch' ? (uuidOf.get(ref) as { uuid: string } | undefined) : undefined;
    return { seq, type, identity: documentRow?.uuid ?? `#${ref}`, at };
  });
}

/** A stored problem name the screen knows; a name from a newer version reads as unexpected. */
function known(code: string | null): OfficeProblemCode | null {
  if (code === null) return null;
  const parsed = ProblemCode.safeParse(code);
  return parsed.success ? parsed.data : 'unexpected';
}

/** Runs a call to the office, its failure turned into the typed error the screen words. */
async function office<T>(ctx: AppContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AlreadyJoinedError) throw new AppFailure('office_joined', error.message);
    if (error instanceof AppFailure) throw error;
    const problem = known(problemCode(error));
    ctx.logger.warn({ module: 'office', problem }, 'office call failed');
    throw new AppFailure('office_failed', error instanceof Error ? error.message : String(error), { problem });
  }
}
