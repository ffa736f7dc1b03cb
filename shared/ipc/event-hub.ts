import type { EventPayload } from './events';
import { isEventName, type EventName } from './names';

type Listener = (payload: never) => void;

/**
 * The renderer's side of the event stream: one connection to the main process fans out to
 * many listeners, and a listener that subscribes late gets the latest payload at once.
 */
export class EventHub {
  private readonly listeners = new Map<EventName, Set<Listener>>();
  private readonly latest = new Map<EventName, unknown>();

  constructor(private readonly connect: () => void) {}

  private connected = false;

  deliver(message: { event: unknown; payload: unknown }): void {
    if (!isEventName(message.event)) return;
    this.latest.set(message.event, message.payload);
    for (const listener of this.listeners.get(message.event) ?? []) (listener as (p: unknown) => void)(message.payload);
  }

  subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    if (!this.connected) {
      this.connected = true;
      this.connect();
    }
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    if (this.latest.has(event)) listener(this.latest.get(event) as EventPayload<E>);
    return () => set.delete(listener);
  }
}
