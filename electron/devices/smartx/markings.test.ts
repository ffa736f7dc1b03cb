import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { MarkingKind, ReceiptLine } from '../../../shared/fiscal/documents';
import { marking } from './mapping';
import { bread, cashier, cashSale, refundOf } from './testing/documents';
import { bench, done, registerState, type Bench } from './testing/harness';

const si = '0104810268030221215Abc1234\u001d93dGVz';
const ukz = 'AB1234567';

function marked(markings: { kind: MarkingKind; code: string }[]): ReceiptLine {
  return { ...bread(450), name: 'Водка Беленькая', markings };
}

/** Check 14: marking codes with their kind, on sales and on returns. */
describe('check 14: marking codes si and ukz', () => {
  let b: Bench;
  afterAll(async () => b?.close());

  it('serialises each code as a one-key object on a line of type "1", and on the return of it', async () => {
    b = await bench();
    await b.driver.openShift(cashier, 0);
    const line = marked([
      { kind: 'si', code: si },
      { kind: 'ukz', code: ukz },
    ]);
    const uuid = randomUUID();
    const request = b.driver.build(cashSale([line]), uuid, () => {
      throw new Error('no parent');
    });
    expect((JSON.parse(request.body) as { itemList: unknown[] }).itemList[0]).toMatchObject({ typeCode: '1', markings: [{ si }, { ukz }] });
    done(await b.driver.send(request));
    done(await b.send(refundOf(uuid, [line], 'cash')));
    expect((await registerState(b.simulator)).markingFlags).toEqual([]);
  });

  it('lets the register flag a code sold twice and one returned unsold', async () => {
    const line = marked([{ kind: 'si', code: `${si}X` }]);
    done(await b.send(cashSale([line])));
    done(await b.send(cashSale([line])));
    // A cash refund names no parent to the register, so one of goods never sold reaches it.
    done(await b.send(refundOf(randomUUID(), [marked([{ kind: 'ukz', code: 'ZZ0000001' }])], 'cash')));
    expect((await registerState(b.simulator)).markingFlags).toEqual([`sold twice: ${si}X`, 'returned unsold: ZZ0000001']);
  });

  it('refuses a kind it does not know, and a code without its kind', () => {
    expect(() => marking({ kind: 'kiz' as MarkingKind, code: ukz })).toThrow(RangeError);
    expect(() => b.driver.build(cashSale([{ ...bread(), markingCodes: [si] }]), randomUUID(), () => {
      throw new Error('no parent');
    })).toThrow(RangeError);
  });
});
