import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// node-flags.json is read by `npm start` (tooling/scripts/run.mjs), the bench and the replicas test;
// the package's own `start` script cannot read it, so it must say the same.
const nodeFlags = JSON.parse(readFileSync(new URL('../node-flags.json', import.meta.url), 'utf8')) as string[];
const startScript = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }).scripts.start;

describe('the gateway’s Node flags', () => {
  it('are the ones the package’s start script runs with', () => {
    expect(nodeFlags.length).toBeGreaterThan(0);
    expect(startScript).toBe(`node ${nodeFlags.join(' ')} dist/main.js`);
  });

  it('cap the old generation, the product’s answer to the resident-memory target (docs/perf.md)', () => {
    expect(nodeFlags).toContainEqual(expect.stringMatching(/^--max-old-space-size=\d+$/));
  });
});
