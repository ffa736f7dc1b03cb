import { Writable } from 'node:stream';

/** A stream that keeps each log line written to it, for tests that read what a logger wrote. */
export function capturedLines(): { stream: Writable; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { stream, lines };
}
