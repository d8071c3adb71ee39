import { defineConfig } from 'vitest/config';
import { scaled } from './timing.ts';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/serveBuild.ts'],
    // Stretched with E2E_CPU_THROTTLE, like every wait of the tests.
    testTimeout: scaled(60_000),
    hookTimeout: scaled(60_000),
    // One browser at a time: two cores, and every test starts its own Chromium context.
    fileParallelism: false,
  },
});
