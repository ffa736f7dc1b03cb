import { newSale, openJournal } from './journal-db';

/**
 * A process that journals documents in the folder it is given and says so after each commit,
 * then waits to be killed: durability.test.ts SIGKILLs it and reads the journal back.
 */
const [dir, countText = '1'] = process.argv.slice(2);
if (!dir) throw new Error('usage: journal-writer <dir> [count]');
const { journal } = openJournal(dir);
for (let i = 0; i < Number(countText); i++) {
  const entry = journal.record(newSale(), i % 2 === 1);
  process.stdout.write(`committed ${entry.uuid} ${entry.state}\n`);
}
setInterval(() => undefined, 60_000);
