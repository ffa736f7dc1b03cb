/** The search benchmark alone, with its scaling table: `--full` adds 1M products. */
import { scalingTable } from './scaling';

await import('./search.bench');
console.log(scalingTable());
