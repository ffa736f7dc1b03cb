import type { IncomingMessage } from 'node:http';
import { isChannelName, type ChannelName } from '../../shared/ipc/names';

const maxBodyBytes = 1024 * 1024;

/**
 * Channels that carry a whole file: a catalogue of 200,000 products is some 20 MB of CSV, and
 * its schema allows 64 MiB. Every other call stays under the small limit.
 */
const largeBodyBytes: Partial<Record<ChannelName, number>> = {
  'catalog.importPreview': 64 * 1024 * 1024,
  'catalog.import': 64 * 1024 * 1024,
};

/** The largest body a call on `channel` may send; any string, since the URL names the channel. */
export function bodyLimitOf(channel: string): number {
  return (isChannelName(channel) ? largeBodyBytes[channel] : undefined) ?? maxBodyBytes;
}

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new BodyTooLargeError(`Body larger than ${limit} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
