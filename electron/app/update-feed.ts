import { z } from 'zod';

/**
 * The part of electron-builder's `app-update.yml` the check reads: a flat list of `key: value`
 * lines (it writes nothing nested for a generic server). Quotes around a value are taken off.
 */
function readFlatYaml(text: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Za-z][\w-]*):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!match) continue;
    const [, key, raw] = match as unknown as [string, string, string];
    entries[key] = /^(['"]).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
  }
  return entries;
}

const genericFeed = z.object({ provider: z.literal('generic'), url: z.string().min(1) });

/**
 * Why the installed app must not take updates from this feed, or undefined when it may. Only a
 * generic server over https (README: Installers): over http anyone on the shop's network could
 * serve an installer, and the publisher check alone should not be the only lock.
 */
export function updateFeedRefusal(appUpdateYml: string): string | undefined {
  const feed = genericFeed.safeParse(readFlatYaml(appUpdateYml));
  if (!feed.success) return 'the update feed is not a generic server with an address';
  let url: URL;
  try {
    url = new URL(feed.data.url);
  } catch {
    return 'the update feed address is not a URL';
  }
  if (url.protocol !== 'https:') return `the update feed is not https (${url.protocol})`;
  if (url.username !== '' || url.password !== '') return 'the update feed address carries credentials';
  return undefined;
}
