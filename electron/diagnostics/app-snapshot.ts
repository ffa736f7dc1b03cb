import { arch, platform, release, version } from 'node:os';
import type { AppContext } from '../app/context';
import { schemaVersion } from '../db/migrate';

/** Which app, on which machine: what support asks first. */
export function appSnapshot(ctx: AppContext, at: Date): object {
  return {
    name: ctx.productName,
    version: ctx.version,
    host: ctx.host,
    schemaVersion: schemaVersion(ctx.db),
    dataDir: ctx.dataDir,
    exportedAt: at.toISOString(),
    uptimeSeconds: Math.round(process.uptime()),
    os: { platform: platform(), release: release(), version: version(), arch: arch() },
    // node, v8, and in the desktop app electron and chrome.
    versions: process.versions,
  };
}
