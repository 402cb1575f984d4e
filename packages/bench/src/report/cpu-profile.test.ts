import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeProfile } from './cpu-profile.js';

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });

// Start-up compiles modules for 2 s, then the load runs in the gateway's bundle and postgres.js for 1 s.
const profile = {
  nodes: [
    { id: 1, callFrame: frame('compileSourceTextModule', 'node:internal/vm/module'), hitCount: 4 },
    { id: 2, callFrame: frame('resolveTicket', 'file:///repo/apps/gateway/dist/main.js'), hitCount: 3 },
    { id: 3, callFrame: frame('DataRow', 'file:///repo/node_modules/.pnpm/postgres@3.4.9/node_modules/postgres/src/connection.js'), hitCount: 1 },
    { id: 4, callFrame: frame('(idle)', ''), hitCount: 1 },
    { id: 5, callFrame: frame('toTicket', 'file:///repo/packages/db/src/tickets/ticket.mapper.ts'), hitCount: 1 },
  ],
  startTime: 0,
  endTime: 3_000_000,
  samples: [1, 1, 1, 1, 2, 2, 3, 4, 2, 5],
  timeDeltas: [0, 500_000, 500_000, 500_000, 600_000, 200_000, 200_000, 200_000, 100_000, 100_000],
};

describe('summarizeProfile', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'kefu-profile-')), 'CPU.cpuprofile');
  writeFileSync(path, JSON.stringify(profile));

  it('counts only the samples of the load window when given one, leaving start-up out', () => {
    const summary = summarizeProfile(path, 12, 1_000);
    expect(summary.byOwner).toEqual([
      { name: 'kefu gateway bundle (@kefu/*)', share: 3 / 5 },
      { name: 'postgres', share: 1 / 5 },
      { name: '@kefu/db', share: 1 / 5 },
    ]);
    expect(summary.busyShare).toBe(5 / 6);
  });

  it('counts the whole profile without a window', () => {
    const summary = summarizeProfile(path);
    expect(summary.byOwner[0]).toEqual({ name: 'node core', share: 4 / 9 });
  });
});
