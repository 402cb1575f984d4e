import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * The long checks (`pnpm test:reliability`): isolation at scale, fuzzing, concurrency and a
 * database that fails. One file at a time, so load and timing figures are the test's own.
 */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['test/reliability/**/*.reliability.ts'],
    env: { TZ: 'Asia/Shanghai' },
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 300_000,
    globalSetup: ['test/reliability/support/report.ts'],
  },
});
