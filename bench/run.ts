/** `npm run bench`: every benchmark, one after the other, so none measures while another runs. */
import { scalingTable } from './scaling';

await import('./journal.bench');
await import('./catalog.bench');
await import('./search.bench');
await import('./dashboard.bench');
await import('./office-reads.bench');
await import('./office-sync.bench');
await import('./reports.bench');
await import('./documents.bench');
await import('./flows.bench');
await import('./renderer.bench');
await import('./counter.bench');
await import('./logging.bench');

console.log(scalingTable());
