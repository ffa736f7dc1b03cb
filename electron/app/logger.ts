import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** One JSON line per entry; modules take a child logger named for them. */
export function createLogger(destination: DestinationStream = pino.destination(2)): Logger {
  return pino({ base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

export const silentLogger: Logger = pino({ enabled: false });
