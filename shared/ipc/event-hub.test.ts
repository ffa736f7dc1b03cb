import { describe, expect, it } from 'vitest';
import { EventHub } from './event-hub';

const status = { deviceId: 'training', kind: 'caspos', name: 'Caspos Mobile', training: true, connection: 'unavailable', capabilities: null } as const;

describe('EventHub', () => {
  it('connects once, fans out, replays the latest payload and stops after unsubscribe', () => {
    let connections = 0;
    const hub = new EventHub(() => connections++);
    const first: unknown[] = [];
    const second: unknown[] = [];
    const stop = hub.subscribe('device.status', (s) => first.push(s.connection));
    hub.deliver({ event: 'device.status', payload: status });
    hub.subscribe('device.status', (s) => second.push(s.connection));
    stop();
    hub.deliver({ event: 'device.status', payload: { ...status, connection: 'online' } });
    hub.deliver({ event: 'no.such.event', payload: 1 });
    expect(connections).toBe(1);
    expect(first).toEqual(['unavailable']);
    expect(second).toEqual(['unavailable', 'online']);
  });
});
