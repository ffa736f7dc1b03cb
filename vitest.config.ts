import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{electron,shared,renderer,scripts,build,migrations,hq}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // SQLite files and loopback servers: real parts, kept apart by temp folders and port 0.
    pool: 'forks',
    testTimeout: 20_000,
  },
});
