import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../testing/temp-dir';
import { cashier } from '../testing/documents';
import { FiscalMemory } from './memory';
import { startSmartXSimulator } from './server';

const tempDir = useTempDirs();

describe('the training register\'s fiscal memory file', () => {
  it('keeps the documents across a restart, and a line torn by a kill is dropped without harming the next', async () => {
    const file = join(tempDir(), 'training-smartx.jsonl');
    const first = await startSmartXSimulator({ memoryFile: file, settings: { auth: 'off' } });
    const post = (url: string, operation: string, body: object) =>
      fetch(url, { method: 'POST', headers: { INTENT_OPERATION_TYPE: operation }, body: JSON.stringify(body) }).then((response) => response.json() as Promise<Record<string, unknown>>);
    await post(first.url, 'OPEN_SHIFT', { cashier });
    const sold = await post(first.url, 'SALE', { cashier, itemList: [{ nameTitle: 'Хлеб', price: '1.89', amount: '1.000', section: { code: 2, name: 'НДС 10%' } }], cash: '2.00', operationId: 'a1' });
    expect(sold).toMatchObject({ resultCode: 200, change: '0.11' });
    await first.close();
    appendFileSync(file, '{"event":"document","rec');

    const second = await startSmartXSimulator({ memoryFile: file, settings: { auth: 'off' } });
    expect(await post(second.url, 'OPERATION_ID', { operationId: 'a1' })).toMatchObject({ isSucceed: true, uid: sold.uid });
    expect(await post(second.url, 'SALE', { cashier, itemList: [{ price: '1.00', amount: '1.000', section: { code: 2, name: 'НДС 10%' } }], cash: '1.00', operationId: 'a2' })).toMatchObject({ resultCode: 200 });
    await second.close();
    const reread = new FiscalMemory(file);
    expect(reread.state.documents.map((record) => record.operationId)).toEqual(['a1', 'a2']);
    reread.close();
  });
});
