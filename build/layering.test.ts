import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering rules of eslint.config.js, proven on code that breaks them. The text is linted
 * as if it were an existing file of that layer, so the rules for that folder apply.
 */
const eslint = new ESLint({ cwd: join(import.meta.dirname, '..') });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('layering', () => {
  it.each([
    ["import { readFileSync } from 'node:fs'; readFileSync('x');", /Node is for the main process/],
    ["import fs from 'fs'; fs.readFileSync('x');", /Node is for the main process/],
    ["import { app } from \"electron\"; app.quit();", /Only electron\/main.ts/],
    ["import { createApp } from '../electron/app/create-app'; createApp;", /window.kassa or the web host/],
  ])('renderer refuses %s', async (code, message) => {
    expect(await layeringErrors('renderer/main.tsx', code)).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ["import { join } from 'node:path'; join('a');", /Node is for the main process/],
    ["import { useState } from 'react'; useState;", /plain TypeScript/],
    ["import { app } from \"electron\"; app;", /Only electron\/main.ts/],
    ["import { migrate } from '../electron/db/migrate'; migrate;", /does not import the main process/],
    ["import { pickTransport } from '../renderer/transport/pick-transport'; pickTransport;", /does not import the renderer/],
    ["export const w = window.innerWidth;", /no DOM/],
    ["export const p = process.platform;", /no Node/],
  ])('shared refuses %s', async (code, message) => {
    expect(await layeringErrors('shared/money.ts', code)).toEqual([expect.stringMatching(message)]);
  });

  it('main-process code outside the shell may not import electron or the renderer', async () => {
    expect(await layeringErrors('electron/ipc/handlers.ts', "import { app } from \"electron\"; app;")).toEqual([
      expect.stringMatching(/Only electron\/main.ts/),
    ]);
    expect(await layeringErrors('electron/ipc/handlers.ts', "import { CashierShell } from '../../renderer/shell/CashierShell'; CashierShell;")).toEqual([
      expect.stringMatching(/does not import the renderer/),
    ]);
    for (const file of ['electron/app/update-checks.ts', 'renderer/main.tsx', 'shared/money.ts']) {
      expect(await layeringErrors(file, "import electronUpdater from 'electron-updater'; export const u = electronUpdater;"), file).toEqual([
        expect.stringMatching(/import 'electron-updater'/),
      ]);
    }
  });

  it.each([
    ['hq/http/server.ts', "import { migrate } from '../../electron/db/migrate'; migrate;"],
    ['hq/till/push.test.ts', "import { openDatabase } from '../../electron/db/open'; openDatabase;"],
    ['hq/http/server.ts', "import { CashierShell } from '../../renderer/shell/CashierShell'; CashierShell;"],
    ['hq/till/push.ts', "import { app } from \"electron\"; app;"],
  ])('the office service %s refuses %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([expect.stringMatching(/shares only shared\/|Only electron\/main.ts/)]);
  });

  it('the shell files may import electron', async () => {
    for (const file of ['electron/main.ts', 'electron/preload.ts', 'electron/platform/secure-window.ts']) {
      expect(await layeringErrors(file, "import { app } from \"electron\"; export const a = app;")).toEqual([]);
    }
    expect(await layeringErrors('electron/platform/shell-flags.ts', "import electronUpdater from 'electron-updater'; export const u = electronUpdater;")).toEqual([]);
  });
});
