import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Deadlines are computed in the mall's local time; pin it so results never depend on the machine.
    env: { TZ: 'Asia/Shanghai' },
    // Property tests run hundreds of generated cases; on a loaded machine that exceeds the 5 s default.
    testTimeout: 30_000,
  },
});
