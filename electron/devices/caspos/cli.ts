import { runCasposCli } from './cli-run';

process.exitCode = await runCasposCli(process.argv.slice(2), process.env, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
