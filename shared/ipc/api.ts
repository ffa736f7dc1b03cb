import type { Result } from '../result';
import type { ChannelInput, ChannelOutput } from './contract';
import type { EventPayload } from './events';
import type { ChannelName, EventName } from './names';

/** What the renderer sees, whichever host serves it: `window.kassa` or the web transport. */
export interface KassaApi {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
