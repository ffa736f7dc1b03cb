import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './default-data-dir';
import { defaultPort, FlagError, parseHostFlags } from './flags';

describe('parseHostFlags', () => {
  it('takes flags first, then the environment, then defaults', () => {
    expect(parseHostFlags([], {}, '/home/k/.config/Kassa')).toEqual({ port: defaultPort, dataDir: '/home/k/.config/Kassa' });
    expect(parseHostFlags([], { KASSA_PORT: '5000', KASSA_DATA_DIR: '/env' }, '/d')).toEqual({ port: 5000, dataDir: '/env' });
    expect(parseHostFlags(['--device-url', 'http://127.0.0.1:5544/'], {}, '/d')).toMatchObject({ deviceUrl: 'http://127.0.0.1:5544/' });
    expect(parseHostFlags(['--training', 'caspos'], { KASSA_TRAINING: 'nowhere' }, '/d')).toMatchObject({ training: 'caspos' });
    expect(parseHostFlags([], { KASSA_TRAINING: 'caspos' }, '/d')).toMatchObject({ training: 'caspos' });
    expect(parseHostFlags(['--port', '0', '--data-dir', '/flag'], { KASSA_PORT: '5000', KASSA_DATA_DIR: '/env' }, '/d')).toEqual({
      port: 0,
      dataDir: '/flag',
    });
  });

  it.each([
    [['--port', 'eighty']],
    [['--port', '70000']],
    [['--port', '-1']],
    [['--data-dir', '']],
    [['--device-url', 'not a url']],
    [['--training', 'cashbox']],
    [['--colour', 'red']],
    [['stray']],
  ])('refuses %j with a FlagError', (argv) => {
    expect(() => parseHostFlags(argv, {}, '/d')).toThrow(FlagError);
  });
});

describe('defaultDataDir', () => {
  it('is the folder Electron would use as userData', () => {
    expect(defaultDataDir('Kassa', { APPDATA: 'C:\\Users\\k\\AppData\\Roaming' }, 'win32')).toMatch(/Roaming[\\/]Kassa$/);
    expect(defaultDataDir('Kassa', { XDG_CONFIG_HOME: '/x' }, 'linux')).toBe('/x/Kassa');
    expect(defaultDataDir('Kassa', {}, 'darwin')).toMatch(/Library\/Application Support\/Kassa$/);
  });
});
