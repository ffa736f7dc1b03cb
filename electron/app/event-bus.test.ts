import { describe, expect, it } from 'vitest';
import { EventBus, type AnyEvent } from './event-bus';

describe('EventBus', () => {
  it('gives a late subscriber the latest payload of each event, then live ones', () => {
    const bus = new EventBus();
    bus.emit('journal.progress', { deviceId: 'd', unsettled: 2, recovering: true });
    bus.emit('journal.progress', { deviceId: 'd', unsettled: 1, recovering: true });
    const seen: AnyEvent[] = [];
    const stop = bus.subscribe((e) => seen.push(e));
    bus.emit('journal.progress', { deviceId: 'd', unsettled: 0, recovering: false });
    stop();
    bus.emit('journal.progress', { deviceId: 'd', unsettled: 5, recovering: true });
    expect(seen.map((e) => e.event === 'journal.progress' && e.payload.unsettled)).toEqual([1, 0]);
  });
});
