import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cashier, cashSale, line, startHarness, tenders, type Harness } from '../testing/harness';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[] };

/** Fields the field notes name as null in real answers though the schema does not say so. */
const nullableRequired = new Set(['opened_at', 'closed_at', 'z_report', 'closing_transaction', 'fiscal_code', 'fiscal_date', 'delivered_at', 'control_number']);

/**
 * The OpenAPI schema 0.1.79 (reference/checkbox-openapi-0.1.79.json) patched as the field notes
 * say: it has no `nullable` anywhere though real answers carry nulls (the seed's answers show null
 * for optional fields and for the ones above), and ReceiptModel.required names two fields twice.
 */
interface Operation {
  parameters?: { name: string; in: string; schema: { minimum?: number; maximum?: number } }[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}
type Oas = { components: { schemas: Record<string, JsonSchema> }; paths: Record<string, Record<string, Operation>> };
const readOas = () => JSON.parse(readFileSync(new URL('../fixtures/checkbox-openapi-0.1.79.json', import.meta.url), 'utf8')) as Oas;

function patchedSchemas(): Record<string, JsonSchema> {
  const oas = readOas();
  const schemas = JSON.parse(JSON.stringify(oas.components.schemas).replaceAll('#/components/schemas/', '#/$defs/')) as Record<string, JsonSchema>;
  for (const schema of Object.values(schemas)) {
    if (schema.required) schema.required = [...new Set(schema.required)];
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (!schema.required?.includes(name) || nullableRequired.has(name)) schema.properties![name] = { anyOf: [property, { type: 'null' }] };
    }
  }
  return schemas;
}

describe('the training server’s answers against the OpenAPI schema 0.1.79 (patched)', () => {
  const defs = patchedSchemas();
  const schemaOf = (name: string) => z.fromJSONSchema({ $defs: defs, $ref: `#/$defs/${name}` });
  let h: Harness;
  const get = async (path: string, license = false): Promise<unknown> => {
    const reply = await h.client.call('GET', path, z.unknown(), { license, auth: !license });
    expect(reply.kind, path).toBe('ok');
    return JSON.parse((reply as { raw: string }).raw);
  };
  const conforms = (name: string, answer: unknown) => {
    const result = schemaOf(name).safeParse(answer);
    expect(result.success, `${name}: ${JSON.stringify(result.error?.issues.slice(0, 3))}`).toBe(true);
  };

  beforeAll(async () => {
    h = await startHarness({ settings: { shiftPolls: 1 } });
  });
  afterAll(async () => h.close());

  it('gives receipts, shifts, reports, the tax table and the register in the schema’s shapes', async () => {
    await h.driver.openShift(cashier, 5_000);
    const shift = h.simulator.memory.shifts[0]!;
    conforms('ShiftWithCashierAndCashRegister', await get(`/shifts/${shift.id}`));
    const sale = await h.settle({ kind: 'sale', cashierName: cashier, lines: [line(12_345, { discount: 45 }), line(100, { vatRate: 'vatFree', itemUid: 'L2' })], tenders: tenders({ card: 10_000, cash: 5_000 }) });
    conforms('ReceiptModel', await get(`/receipts/${sale.uuid}`));
    const deposit = await h.settle({ kind: 'deposit', cashierName: cashier, sum: 1_000 });
    conforms('ReceiptModel', await get(`/receipts/${deposit.uuid}`));
    await h.settle(cashSale(300));
    const x = await h.client.call('POST', '/reports', z.unknown(), { body: '' });
    conforms('ReportModel', JSON.parse((x as { raw: string }).raw));
    for (const tax of (await get('/tax')) as unknown[]) conforms('TaxModel', tax);
    conforms('CashierModel', await get('/cashier/me'));
    conforms('CashRegisterDeviceModel', await get('/cash-registers/info', true));
    await h.settle({ kind: 'closeShift', cashierName: cashier });
    conforms('ShiftWithCashierAndCashRegister', await get(`/shifts/${shift.id}`));
  });

  it('answers every receipt rendering with the schema’s media type, and its query bounds with its 422', async () => {
    // The test above closed its shift: a new one for this receipt.
    await h.driver.openShift(cashier, 0);
    const sale = await h.settle(cashSale(500));
    const renderings = Object.entries(readOas().paths).filter(([path]) => /^\/api\/v1\/receipts\/\{receipt_id\}\/(text|html|pdf|png|qrcode)$/.test(path));
    expect(renderings.map(([path]) => path.split('/').pop()).sort()).toEqual(['html', 'pdf', 'png', 'qrcode', 'text']);
    for (const [path, { get }] of renderings) {
      const route = path.replace('/api/v1', '').replace('{receipt_id}', sale.uuid);
      const answer = await h.client.rendering(route);
      expect(answer.kind, route).toBe('ok');
      const declared = Object.keys(get!.responses['200']!.content ?? {});
      // Where the schema names no media type (PDF, PNG, QR), the file's own type is ours to give.
      const contentType = answer.kind === 'ok' ? answer.value.contentType.split(';')[0] : '';
      if (declared.length > 0) expect(declared, route).toContain(contentType);
      else expect(contentType, route).toBe(route.endsWith('/pdf') ? 'application/pdf' : 'image/png');
      for (const parameter of (get!.parameters ?? []).filter((p) => p.in === 'query' && p.schema.maximum !== undefined)) {
        const over = await h.client.rendering(route, { [parameter.name]: parameter.schema.maximum! + 1 });
        expect(over, `${route} ${parameter.name}`).toMatchObject({ kind: 'refused', status: 422 });
        conforms('HTTPValidationError', JSON.parse((over as { raw: string }).raw));
      }
    }
  });
});
