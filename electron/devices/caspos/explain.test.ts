import { describe, expect, it } from 'vitest';
import { explainCaspos } from './explain';

const keys = (name: string) => ({ explanation: `caspos.errors.${name}.explanation`, action: `caspos.errors.${name}.action` });

describe('a Caspos refusal explained by its words as well as its code', () => {
  it('a second openShift, numbered 503 by one device and 999 by another, is “already open” on both', () => {
    expect(explainCaspos('503', 'Növbə artıq açıqdır')).toEqual(keys('shiftAlreadyOpen'));
    expect(explainCaspos('999', 'Error message: Növbə artıq açıqdır')).toEqual(keys('shiftAlreadyOpen'));
  });

  it('the document’s own text of a cashier-facing code counts whatever code came with it', () => {
    expect(explainCaspos('999', 'document: invalid shift duration')).toEqual(keys('c504'));
    expect(explainCaspos('628', 'sale doc for rollback cannot be found')).toEqual(keys('c627'));
    expect(explainCaspos('503', 'document: invalid shift status')).toEqual(keys('c503'));
  });

  it('by code where the words tell nothing; a code the app does not know leaves the device’s own text to be shown', () => {
    expect(explainCaspos('604', 'offline')).toEqual(keys('c604'));
    expect(explainCaspos('604')).toEqual(keys('c604'));
    expect(explainCaspos('777', 'Kassa aparatı bloklanıb')).toBeNull();
  });
});
