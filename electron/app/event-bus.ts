import type { EventPayload } from '../../shared/ipc/events';
import type { EventName } from '../../shared/ipc/names';

export type AnyEvent = { [E in EventName]: { event: E; payload: EventPayload<E> } }[EventName];
type Listener = (event: AnyEvent) => void;

/**
 * Main -> renderer events for both hosts. It keeps the latest payload of each event, so a
 * window that subscribes late (a reload, a new browser tab) starts from the current state.
 */
export class EventBus {
  private readonly listeners = new Set<Listener>();
  private readonly latest = new Map<EventName, AnyEvent>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    const message = { event, payload } as AnyEvent;
    this.latest.set(event, message);
    for (const listener of this.listeners) listener(message);
  }

  subscribe(listener: Listener): () => void {
    for (const message of this.latest.values()) listener(message);
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
