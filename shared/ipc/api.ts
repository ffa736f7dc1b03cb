import type { ImportFileId } from '../catalog-file-import';
import type { Result } from '../result';
import type { ChannelInput, ChannelOutput } from './contract';
import type { EventPayload } from './events';
import type { ChannelName, EventName } from './names';

/** What the renderer sees, whichever host serves it: `window.kassa` or the web transport. */
export interface KassaApi {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /**
   * Hands a catalogue file the user picked to main, which answers an id for catalog.previewFile and
   * catalog.importFile: the file goes by its path in Electron and as an upload to the web host,
   * never through the page's memory.
   */
  sendImportFile(file: File): Promise<Result<{ fileId: ImportFileId }>>;
}
