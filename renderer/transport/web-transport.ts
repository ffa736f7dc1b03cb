import type { KassaApi } from '../../shared/ipc/api';
import { EventHub } from '../../shared/ipc/event-hub';
import { EventEnvelope } from '../../shared/ipc/events';
import { wire } from '../../shared/ipc/wire';
import { AppError, fail, type Result } from '../../shared/result';

/** The web host's transport: one POST per call, Server-Sent Events for the event stream. */
export function createWebTransport(token: string): KassaApi {
  const hub = new EventHub(() => {
    const source = new EventSource(`${wire.eventsPath}?${wire.tokenQuery}=${encodeURIComponent(token)}`);
    source.onmessage = (message: MessageEvent<string>) => {
      const parsed = EventEnvelope.safeParse(JSON.parse(message.data));
      if (parsed.success) hub.deliver(parsed.data);
    };
  });
  return {
    invoke: async (channel, input) => {
      let response: Response;
      try {
        response = await fetch(wire.apiPath(channel), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [wire.tokenHeader]: token },
          body: JSON.stringify(input),
        });
      } catch (error) {
        return fail('internal', `The web host did not answer: ${String(error)}`);
      }
      return readResult(await response.text()) as never;
    },
    subscribe: (event, listener) => hub.subscribe(event, listener),
    // The browser streams the File from the disk: the page never holds its text.
    sendImportFile: async (file) => {
      let response: Response;
      try {
        response = await fetch(wire.importFilePath, { method: 'POST', headers: { 'Content-Type': 'text/csv', [wire.tokenHeader]: token }, body: file });
      } catch (error) {
        return fail('import_unreadable', `The file could not be sent: ${String(error)}`);
      }
      return readResult(await response.text()) as never;
    },
  };
}

function readResult(text: string): Result<unknown> {
  try {
    const body = JSON.parse(text) as { ok?: unknown; value?: unknown; error?: unknown };
    if (body.ok === true) return { ok: true, value: body.value };
    const error = AppError.safeParse(body.error);
    if (error.success) return { ok: false, error: error.data };
  } catch {
    // fall through: a body that is not a result is reported like a lost answer
  }
  return fail('internal', 'The web host sent an answer that is not a result');
}
