/** What the bundler tells about a module: enough to walk its static imports. */
type ModuleInfoOf = (id: string) => { importedIds: readonly string[] } | null;

/**
 * The renderer's manualChunks: every module the entry imports statically, however deep, goes in
 * the entry's chunk. Left to itself the bundler cuts the modules the entry shares with the lazy
 * screens into 17 small chunks, each a request before the sale screen can paint; this way it is
 * one script. The lazy screens (renderer/shell/screens.ts) and what only they use keep their own
 * chunks.
 */
export function counterChunk(entry: string): (id: string, meta: { getModuleInfo: ModuleInfoOf }) => string | undefined {
  let eager: Set<string> | undefined;
  return (id, { getModuleInfo }) => {
    eager ??= staticGraph(entry, getModuleInfo);
    return eager.has(id) ? 'index' : undefined;
  };
}

function staticGraph(entry: string, getModuleInfo: ModuleInfoOf): Set<string> {
  const seen = new Set([entry]);
  const queue = [entry];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const imported of getModuleInfo(id)?.importedIds ?? []) {
      if (seen.has(imported)) continue;
      seen.add(imported);
      queue.push(imported);
    }
  }
  return seen;
}
