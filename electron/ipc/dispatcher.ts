import type { z } from 'zod';
import { contract, type ChannelOutput, type Contract } from '../../shared/ipc/contract';
import { isChannelName, type ChannelName } from '../../shared/ipc/names';
import { fail, ok, type Result } from '../../shared/result';
import type { Logger } from '../app/logger';
import { storageProblemOf } from '../app/storage-problem';
import type { CallContext, Guard } from '../people/guard';
import { failureOf } from './domain-failures';

export type Handlers = {
  [C in ChannelName]: (input: z.output<Contract[C]['input']>, call: CallContext) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

/** Runs one call from either host: anything can arrive, so nothing is trusted until parsed. */
export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

export function createDispatcher(handlers: Handlers, logger: Logger, guard: Guard): Dispatch {
  const log = logger.child({ module: 'ipc' });
  return async (channel, input) => {
    if (!isChannelName(channel)) return fail('unknown_channel', `No channel named ${describe(channel)}`);
    const spec = contract[channel];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      // Where the input was wrong, never what it held: later channels carry PINs and passwords.
      log.info({ channel, issues: parsed.error.issues.map(({ code, path }) => ({ code, path })) }, 'input refused');
      return fail('invalid_input', `Input for ${channel} does not match its schema`, parsed.error.issues);
    }
    let value: unknown;
    try {
      const handler = handlers[channel] as (input: unknown, call: CallContext) => unknown;
      value = await guard(channel, parsed.data, (call) => Promise.resolve(handler(parsed.data, call)));
    } catch (error) {
      const failure = failureOf(error);
      if (failure) {
        log.info({ channel, code: failure.code }, 'call refused');
        return fail(failure.code, failure.message, failure.details);
      }
      // A full disk or a read-only database is the shop's to mend, not a bug: said as such.
      const problem = storageProblemOf(error);
      if (problem) {
        log.error({ channel, err: error, problem }, 'the database cannot be written');
        return fail('storage_failed', `The ${channel} handler could not write the database`, { problem });
      }
      // Inputs are not logged: later channels carry PINs and device passwords.
      log.error({ channel, err: error }, 'handler failed');
      return fail('internal', `The ${channel} handler failed`);
    }
    const output = spec.output.safeParse(value);
    if (!output.success) {
      log.error({ channel, issues: output.error.issues }, 'handler returned a value outside its schema');
      return fail('internal', `The ${channel} handler returned an invalid value`);
    }
    return ok(output.data);
  };
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : `of type ${typeof value}`;
}
