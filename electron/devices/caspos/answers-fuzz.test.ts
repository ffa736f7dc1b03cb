import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ControlTape, DeviceInfo, DocumentResult, PeriodicReport, ShiftStatus } from '../../../shared/fiscal/device-results';
import { ShiftReport } from '../../../shared/fiscal/shift-report';
import { LoginAnswer } from './answers';
import { seedExamples } from './fixtures/seed-examples';
import { interpretAnswer, type DataReader } from './interpret-answer';
import { readShiftReport, readZReportDocument } from './report-mapping';
import { readControlTape, readDocument, readInfo, readPeriodicReport, readShiftStatus } from './results';
import { FiscalMemory } from './simulator/memory';
import { TrainingDevice } from './simulator/training-device';

/**
 * Every reader of a device answer, and the training device's reader of requests, get random bytes,
 * random JSON and the document's own examples with random parts: a typed outcome every time
 * (done with a value our schema takes, rejected, or unknown), never a throw. Bounded by counts.
 */
const readers: [string, DataReader<unknown>, z.ZodType][] = [
  ['document', readDocument, DocumentResult],
  ['info', readInfo, DeviceInfo],
  ['shift status', readShiftStatus, ShiftStatus],
  ['control tape', readControlTape, ControlTape],
  ['periodic report', readPeriodicReport, PeriodicReport],
  ['shift report', readShiftReport, ShiftReport],
  ['Z report', readZReportDocument, DocumentResult],
  ['login', (data) => LoginAnswer.parse(data), LoginAnswer],
];

const responses = seedExamples.filter((e) => e.kind === 'response').map((e) => e.body);
const requests = seedExamples.filter((e) => e.kind === 'request').map((e) => e.body);

/** A JSON value with one leaf, picked by `pick`, replaced: the document's examples gone slightly wrong. */
function withLeafReplaced(value: unknown, pick: number, replacement: unknown): unknown {
  const leaves: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (node !== null && typeof node === 'object') for (const [key, inner] of Object.entries(node)) walk(inner, [...path, Array.isArray(node) ? Number(key) : key]);
    else leaves.push(path);
  };
  walk(value, []);
  const path = leaves[pick % Math.max(1, leaves.length)] ?? [];
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = replacement;
  return copy;
}

const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nasty = [
  '',
  ' ',
  '\u0000{"code": "0", "mess',
  'null',
  '[]',
  '"0"',
  '1e400',
  deep(100_000),
  `{"code":"0","message":"Success operation","data":${deep(100_000)}}`,
  '{"__proto__":{"code":"0","message":"Success operation"},"data":{"document_id":"X","document_number":1}}',
  '{"code":"0","data":{"document_id":"X","document_number":1e308,"totalSum":1e308}}',
  '{"code":"0","data":{"document_id":"X","document_number":1,"totalSum":-1e308}}',
  '{"code":"0","data":{"document_id":"X","document_number":1,"totalSum":1e300}}',
  '{"code":"1","data":{"document_id":"X","document_number":1,"totalSum":99999999999999999999}}',
  '{"code":"99999999999999999999999","message":"x"}',
  '{"code":"-0","message":"\uD800"}',
  '{"code":null,"message":null,"data":null}',
];

const jsonValue = fc.jsonValue({ maxDepth: 4 });
const body = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
  fc.string({ unit: 'binary', maxLength: 500 }),
  jsonValue.map((v) => JSON.stringify(v)),
  fc
    .record({ code: fc.oneof(fc.constantFrom('0', '1', '1205', '503', '', 0, 1, null), jsonValue), message: fc.oneof(fc.string(), fc.constantFrom('Success operation', 'Successoperation')), data: jsonValue })
    .map((v) => JSON.stringify(v)),
  fc.tuple(fc.constantFrom(...responses), fc.nat(), jsonValue).map(([example, pick, value]) => JSON.stringify(withLeafReplaced(example, pick, value))),
  fc.tuple(fc.constantFrom(...responses), fc.nat(), fc.constantFrom(1e308, -1, 0.001, NaN, '', '\u0000', 2 ** 53, null, [], {})).map(([example, pick, value]) =>
    JSON.stringify(withLeafReplaced(example, pick, value)),
  ),
  fc.constantFrom(...nasty),
);

describe('fuzzing the device answer readers', () => {
  it('reads every answer into a typed outcome, a done value always one our schema takes', () => {
    let answers = 0;
    fc.assert(
      fc.property(fc.constantFrom(...readers), body, fc.constantFrom(200, 400, 500), ([name, read, schema], text, status) => {
        answers += 1;
        const outcome = interpretAnswer({ ok: true, status, body: text }, read);
        expect(['done', 'rejected', 'unknown'], name).toContain(outcome.kind);
        if (outcome.kind === 'done' && outcome.value !== null) expect(schema.safeParse(outcome.value).success, `${name}: ${text.slice(0, 200)}`).toBe(true);
        if (outcome.kind === 'rejected') expect(Number.isInteger(outcome.error.code)).toBe(true);
      }),
      { numRuns: 6000 },
    );
    console.log(`Device answer fuzz: ${answers} answers over ${readers.length} readers`);
  });

  it('takes nothing an answer puts under __proto__, and reads past any depth of nesting', () => {
    const inherited = '{"__proto__":{"code":"0","message":"Success operation","data":{"document_id":"X","document_number":1}}}';
    expect(interpretAnswer({ ok: true, status: 200, body: inherited }, readDocument)).toMatchObject({ kind: 'unknown', reason: 'invalid_answer' });
    expect(interpretAnswer({ ok: true, status: 200, body: `{"code":"0","message":"Success operation","data":${deep(100_000)}}` }, readDocument)).toMatchObject({
      kind: 'unknown',
      reason: 'invalid_answer',
    });
  });

  it('the training device answers every request body with a code and a message, never a throw', () => {
    const device = new TrainingDevice(new FiscalMemory(), () => new Date('2026-03-02T09:00:00Z'));
    let bodies = 0;
    const request = fc.oneof(
      fc.anything({ maxDepth: 4, withNullPrototype: true }),
      jsonValue,
      fc.tuple(fc.constantFrom(...requests), fc.nat(), jsonValue).map(([example, pick, value]) => withLeafReplaced(example, pick, value)),
      fc.tuple(fc.constantFrom(...requests), fc.nat(), fc.constantFrom(1e308, -1, 0.001, NaN, '', '\u0000', 2 ** 53, null, [], {})).map(([example, pick, value]) =>
        withLeafReplaced(example, pick, value),
      ),
    );
    fc.assert(
      fc.property(request, (parsed) => {
        bodies += 1;
        const answer = device.handle(parsed, '');
        expect(typeof answer.code).toBe('string');
        expect(typeof answer.message).toBe('string');
      }),
      { numRuns: 3000 },
    );
    console.log(`Training device fuzz: ${bodies} request bodies`);
  });
});
