import { spawn } from 'node:child_process';
import { createI18n, localeFromEnvironment } from '../shared/i18n/create-i18n';
import { obtainElectronBinary } from './electron-binary';

/**
 * `npm start` (after the build): the desktop app where Electron can be had, otherwise the same
 * app through the web host for a browser. Arguments after `--` go to whichever starts.
 */
const args = process.argv.slice(2);
const electron = obtainElectronBinary();
const child = electron
  ? spawn(electron, ['.', ...args], { stdio: 'inherit' })
  : (() => {
      const t = createI18n(localeFromEnvironment(process.env.KASSA_LOCALE ?? process.env.LANG)).t;
      console.log(t('cli.noElectron'));
      return spawn(process.execPath, ['out/main/host.js', ...args], { stdio: 'inherit' });
    })();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
