import type { EnrolRequest } from '../../shared/office/till-api';
import type { Logger } from '../app/logger';
import type { Db } from '../db/open';
import type { Journal } from '../journal/journal';
import type { SecretBox } from '../settings/secret-box';
import { CatalogueApplier } from './catalogue-apply';
import { drawerCash } from './drawer-cash';
import { HttpsOfficeClient } from './https-office-client';
import { OfficeLinkStore, type OfficeLinkRow } from './office-link';
import { OfficeSync, type OfficeSyncOptions } from './office-sync';
import type { OfficeTransport } from './office-transport';
import { OutboxItems } from './outbox-items';
import { OfficePuller } from './puller';
import { OfficePusher } from './pusher';

/** Reaches the office at an address whose certificate has this fingerprint. */
export type TransportFactory = (address: string, fingerprint: string) => OfficeTransport;

export const httpsTransport: TransportFactory = (address, fingerprint) => new HttpsOfficeClient({ address, fingerprint });

export interface OfficeDeps {
  db: Db;
  journal: Journal;
  secrets: SecretBox;
  logger: Logger;
  now: () => Date;
  appVersion: string;
  transport?: TransportFactory;
  sync?: OfficeSyncOptions;
  /** Told after every background round and every join or leave (the settings screen's event). */
  onChange?: () => void;
}

export class AlreadyJoinedError extends Error {}

/** The till's side of the shop office: joining, leaving, and the background push and pull. */
export class TillOffice {
  readonly store: OfficeLinkStore;
  readonly pusher: OfficePusher;
  readonly puller: OfficePuller;
  private readonly sync: OfficeSync;
  private readonly transport: TransportFactory;

  constructor(private readonly deps: OfficeDeps) {
    this.transport = deps.transport ?? httpsTransport;
    this.store = new OfficeLinkStore(deps.db, deps.secrets);
    const linked = (link: OfficeLinkRow) => this.transport(link.address, link.fingerprint);
    this.pusher = new OfficePusher({ store: this.store, items: new OutboxItems(deps.db), transport: linked, drawers: () => drawerCash(deps.db, deps.journal), now: deps.now });
    this.puller = new OfficePuller({ store: this.store, applier: new CatalogueApplier(deps.db, deps.now), transport: linked });
    this.sync = new OfficeSync(this.pusher, this.puller, deps.logger, () => deps.onChange?.(), deps.sync);
  }

  start(): void {
    this.sync.start();
  }

  stop(): Promise<void> {
    return this.sync.stop();
  }

  /**
   * Enrols with the one-time code at the office whose certificate the installer compared, keeps
   * the token sealed and the history queued (office-link.ts), then pushes at once.
   */
  async join(input: { address: string; fingerprint: string; code: EnrolRequest['code']; tillName: string }): Promise<OfficeLinkRow> {
    if (this.store.get()) throw new AlreadyJoinedError('This till belongs to an office already; leave it first');
    const answer = await this.transport(input.address, input.fingerprint).enrol({ code: input.code, tillName: input.tillName, appVersion: this.deps.appVersion });
    this.store.join({ address: input.address, fingerprint: input.fingerprint, tillName: input.tillName, ...answer }, this.deps.now().toISOString());
    this.deps.logger.info({ module: 'office', address: input.address, shopId: answer.shopId, tillId: answer.tillId }, 'joined the shop office');
    this.sync.nudge();
    this.deps.onChange?.();
    const link = this.store.get();
    if (!link) throw new Error('office link not stored');
    return link;
  }

  /**
   * Tells the office (it stops accepting the token) when it can be reached, and forgets it
   * either way: a till whose office is gone must still be able to leave it.
   */
  async leave(): Promise<{ officeTold: boolean }> {
    const link = this.store.get();
    const token = this.store.token();
    if (!link || token === undefined) return { officeTold: false };
    let officeTold = true;
    try {
      await this.transport(link.address, link.fingerprint).leave(token);
    } catch (error) {
      officeTold = false;
      this.deps.logger.warn({ module: 'office', error: error instanceof Error ? error.message : String(error) }, 'the office was not told of the leave');
    }
    this.store.leave();
    this.deps.onChange?.();
    return { officeTold };
  }
}
