import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../testing/temp-dir';
import { DeviceFileError, readDeviceFile } from './device-file';

const tempDir = useTempDirs();

function file(content: string): string {
  const path = join(tempDir(), 'device.json');
  writeFileSync(path, content);
  return path;
}

describe('a device file', () => {
  it('gives the device for the registry, named by its system', () => {
    const path = file(JSON.stringify({ kind: 'caspos', url: 'http://127.0.0.1:5544/', config: { url: 'http://127.0.0.1:5544/', username: 'u', auth: 'integration' }, secrets: { password: 'p' } }));
    expect(readDeviceFile(path)).toEqual({
      kind: 'caspos',
      name: 'Caspos Mobile',
      url: 'http://127.0.0.1:5544/',
      config: { url: 'http://127.0.0.1:5544/', username: 'u', auth: 'integration' },
      secrets: { password: 'p' },
    });
  });

  it('is refused with the reason when missing, not JSON, or not a device', () => {
    expect(() => readDeviceFile(join(tempDir(), 'none.json'))).toThrow(DeviceFileError);
    expect(() => readDeviceFile(file('{"kind":'))).toThrow(/not JSON/);
    expect(() => readDeviceFile(file(JSON.stringify({ kind: 'epson', url: 'http://127.0.0.1/', config: {}, secrets: {} })))).toThrow(/kind/);
    expect(() => readDeviceFile(file(JSON.stringify({ kind: 'caspos', url: 'nowhere', config: {}, secrets: {} })))).toThrow(/url/);
    expect(() => readDeviceFile(file(JSON.stringify({ kind: 'caspos', url: 'http://127.0.0.1/', config: {}, secrets: { password: 7 } })))).toThrow(/secrets.password/);
  });
});
