import { maxCatalogueChanges } from '../../shared/office/till-api';
import type { CatalogueApplier } from './catalogue-apply';
import type { OfficeLinkRow, OfficeLinkStore } from './office-link';
import { problemCode, type OfficeTransport } from './office-transport';

export interface PullerDeps {
  store: OfficeLinkStore;
  applier: CatalogueApplier;
  transport: (link: OfficeLinkRow) => OfficeTransport;
  pageSize?: number;
}

/**
 * Brings the office's catalogue changes after the till's version, a page at a time; each page is
 * applied with its version in one transaction (catalogue-apply.ts), so a till away for a week
 * catches up page by page and a stop between pages loses nothing.
 */
export class OfficePuller {
  constructor(private readonly deps: PullerDeps) {}

  /** One page; `more` while the office has more after it. Throws on a failed pull, after noting the error. */
  async pullPage(): Promise<{ changes: number; more: boolean }> {
    const { store, applier, transport } = this.deps;
    const link = store.get();
    const token = store.token();
    if (!link || token === undefined) return { changes: 0, more: false };
    try {
      const page = await transport(link).catalogue(token, link.catalogueVersion, Math.min(this.deps.pageSize ?? maxCatalogueChanges, maxCatalogueChanges));
      // The till may have left, or joined another office, while the page was on its way.
      if (store.get()?.tillId !== link.tillId) return { changes: 0, more: false };
      applier.applyPage(page);
      return { changes: page.changes.length, more: page.more };
    } catch (error) {
      store.pullFailed(problemCode(error));
      throw error;
    }
  }
}
