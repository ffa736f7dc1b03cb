import type { DestinationStream } from 'pino';
import { z } from 'zod';

/** The fields of a log entry a person at the terminal is shown; the file keeps all of them. */
const ConsoleEntry = z.object({
  level: z.number(),
  time: z.string().optional(),
  module: z.string().optional(),
  msg: z.string().optional(),
  reason: z.string().optional(),
  err: z.object({ message: z.string() }).optional(),
});

/** pino's level numbers (fatal 60, error 50, warn 40). */
function levelWord(level: number): string {
  if (level >= 60) return 'fatal';
  if (level >= 50) return 'error';
  return 'warning';
}

/** One short line from one JSON log line: local time, level, module, message and why. */
export function consoleLineOf(jsonLine: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(jsonLine);
  } catch {
    return jsonLine.trim();
  }
  const entry = ConsoleEntry.safeParse(parsed);
  if (!entry.success) return jsonLine.trim();
  const { level, time, module, msg, reason, err } = entry.data;
  const clock = time === undefined ? '' : `${new Date(time).toTimeString().slice(0, 8)} `;
  const where = module === undefined ? '' : ` [${module}]`;
  const why = err?.message ?? reason;
  // One line each: a multi-line error message would read as several entries.
  const text = `${clock}${levelWord(level)}${where}: ${msg ?? ''}${why === undefined ? '' : ` (${why})`}`;
  return text.replace(/\s*\n\s*/g, ' ');
}

/** A pino destination that writes each entry as a short human line (the log file stays JSON). */
export function humanConsole(output: { write(text: string): unknown }): DestinationStream {
  return { write: (line: string) => void output.write(`${consoleLineOf(line)}\n`) };
}
