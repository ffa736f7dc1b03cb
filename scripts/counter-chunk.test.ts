import { describe, expect, it } from 'vitest';
import { counterChunk } from './counter-chunk';

/** A module graph as the bundler reports it: static imports only (dynamic ones are not listed). */
const graph: Record<string, string[]> = {
  main: ['shell', 'react'],
  shell: ['sale', 'screens'],
  sale: ['money', 'shell'],
  screens: [],
  react: [],
  money: [],
  // Reached only through screens.ts's import(): its own chunk.
  dashboard: ['recharts', 'money'],
  recharts: [],
};
const meta = { getModuleInfo: (id: string) => (graph[id] ? { importedIds: graph[id] } : null) };

describe('counterChunk', () => {
  it('puts the whole static graph of the entry, cycles included, in the entry chunk and nothing else', () => {
    const chunkOf = counterChunk('main');
    expect(Object.keys(graph).filter((id) => chunkOf(id, meta) === 'index').sort()).toEqual(['main', 'money', 'react', 'sale', 'screens', 'shell']);
    expect(chunkOf('dashboard', meta)).toBeUndefined();
    expect(chunkOf('recharts', meta)).toBeUndefined();
  });
});
