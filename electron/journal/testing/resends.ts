/** A call a test device logged: a send, or a question by UUID (a lookup, a poll) and what it answered. */
export type LoggedCall = { call: 'send'; uuid: string } | { call: string; uuid: string; answer: string };

/**
 * The UUIDs sent again without a lookup just before that answered "not found" (nothing else asked
 * about them in between): each is a re-send that could fiscalise a document twice.
 */
export function resendsWithoutLookup(calls: readonly LoggedCall[]): string[] {
  const sent = new Set<string>();
  const cleared = new Set<string>();
  const offences: string[] = [];
  for (const call of calls) {
    if (call.call !== 'send') {
      if (call.call === 'lookup' && 'answer' in call && call.answer === 'notFound') cleared.add(call.uuid);
      else cleared.delete(call.uuid);
      continue;
    }
    if (sent.has(call.uuid) && !cleared.has(call.uuid)) offences.push(call.uuid);
    sent.add(call.uuid);
    cleared.delete(call.uuid);
  }
  return offences;
}
