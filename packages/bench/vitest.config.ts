import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// The graphql module the gateway resolves, as CommonJS: Pothos and Yoga load that build, and the
// gateway's own sources (compiled here) must share it, or instanceof checks between two copies of
// GraphQLNonNull fail.
const fromGateway = createRequire(createRequire(import.meta.url).resolve('@kefu/gateway/package.json'));

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: fromGateway.resolve('graphql') }] },
  test: {
    include: ['src/**/*.test.ts'],
    env: { TZ: 'Asia/Shanghai' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
