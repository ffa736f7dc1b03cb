import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/**
 * The house's layering (../shared/docs/architecture.md), held by lint so it stays true:
 * the renderer imports neither Node nor electron/; shared/ imports neither Node, the DOM nor
 * the other layers; only the shell files import 'electron'.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const noNode = { paths: nodeBuiltins.map((name) => ({ name, message: 'Node is for the main process only.' })) };
const noElectron = { name: 'electron', message: "Only electron/main.ts, electron/preload.ts and electron/platform/ import 'electron'." };
// It loads Electron itself: the same shell-only rule, so plain Node keeps running everything else.
const noUpdater = { name: 'electron-updater', message: "Only electron/main.ts, electron/preload.ts and electron/platform/ import 'electron-updater'." };
// Relative imports into another top-level folder; the package 'electron' is not one of them.
const layerImport = (layer, message) => ({ regex: `^\\.{1,2}/(.*/)?${layer}(/|$)`, message });
// A driver's folder, electron/devices/<kind>/, seen from anywhere (not shared/devices/<kind>/: its texts are shared).
const driverFolder = '^(\\./|(\\.\\./)+)((electron/)?devices/)?(caspos|checkbox|smartone|smartx)';
const noDriver = { regex: `${driverFolder}(/|$)`, message: 'Only electron/devices/registry.ts imports a driver; the rest of the app uses the driver contract (electron/devices/driver.ts).' };
// Tests, their helpers, benches and e2e reach a driver below the contract through its testing/ and simulator/ folders only.
const noDriverInternals = {
  regex: `${driverFolder}(/(?!testing/|simulator/)|$)`,
  message: "Test code imports a driver's testing/ (the wire door: testing/wire.ts) and simulator/ folders only.",
};
const testCode = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', 'electron/journal/torture/**', 'bench/**', 'e2e/**'];
const driverKinds = ['caspos', 'checkbox', 'smartone', 'smartx'];
const driverFolders = driverKinds.map((kind) => `electron/devices/${kind}/**`);

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: false }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [noElectron, noUpdater] }],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/platform/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/**'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/platform/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron, noUpdater], patterns: [layerImport('renderer', 'The main process does not import the renderer.'), noDriver] },
      ],
    },
  },
  {
    files: testCode,
    ignores: [...driverFolders, 'electron/main.ts', 'electron/preload.ts', 'electron/platform/**', 'renderer/**', 'shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron, noUpdater], patterns: [layerImport('renderer', 'The main process does not import the renderer.'), noDriverInternals] },
      ],
    },
  },
  {
    // The registry registers each driver.
    files: ['electron/devices/registry.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron, noUpdater], patterns: [layerImport('renderer', 'The main process does not import the renderer.')] }],
    },
  },
  // A driver's folder is its own, and no other driver's: what two drivers share lives beside the
  // contract in electron/devices/ (the HTTP transport, the training server).
  ...driverKinds.map((kind) => ({
    files: [`electron/devices/${kind}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, noUpdater],
          patterns: [
            layerImport('renderer', 'The main process does not import the renderer.'),
            { regex: `^(\\.\\./)+(electron/)?devices/(${driverKinds.filter((other) => other !== kind).join('|')})(/|$)`, message: `The ${kind} driver imports no other driver's folder.` },
          ],
        },
      ],
    },
  })),
  {
    // The office's web page (hq/web/src) is a browser page like the renderer, under the same rules.
    files: ['renderer/**', 'hq/web/src/**'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNode.paths, noElectron, noUpdater],
          patterns: [layerImport('electron', 'The renderer reaches the main process only through window.kassa or the web host.')],
        },
      ],
    },
  },
  {
    // The office service runs on a server, not on a till: it shares only shared/ with the app.
    files: ['hq/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, noUpdater],
          patterns: [
            layerImport('electron', 'The office service (hq/) shares only shared/ with the till.'),
            layerImport('renderer', 'The office service (hq/) shares only shared/ with the till.'),
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noNode.paths,
            noElectron,
            noUpdater,
            { name: 'react', message: 'shared/ is plain TypeScript.' },
            { name: 'react-dom', message: 'shared/ is plain TypeScript.' },
          ],
          patterns: [
            layerImport('electron', 'shared/ does not import the main process.'),
            layerImport('renderer', 'shared/ does not import the renderer.'),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'fetch', 'EventSource'].map(
          (name) => ({ name, message: 'shared/ runs in the main process too: no DOM.' }),
        ),
        ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
          name,
          message: 'shared/ runs in the renderer too: no Node.',
        })),
      ],
    },
  },
  {
    // Tests of shared/ run in Node and may read files; they still may not reach into electron/.
    files: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron, noUpdater], patterns: [layerImport('renderer', 'shared/ does not import the renderer.')] }],
      'no-restricted-globals': 'off',
    },
  },
);
