import { readFileSync } from 'node:fs';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type CpuProfile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples?: number[]; timeDeltas?: number[] };

export type ProfileShare = { name: string; share: number };
export type ProfileSummary = { byOwner: ProfileShare[]; byFunction: ProfileShare[]; busyShare: number };

/** Who owns a frame: an npm package, the gateway's own bundle, Node itself, or the VM. */
function ownerOf(url: string, functionName: string): string {
  const pkg = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url) ?? /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.includes('apps/gateway/dist/')) return 'kefu gateway bundle (@kefu/*)';
  const workspace = /\/packages\/(db|domain|bench)\/src\//.exec(url);
  if (workspace) return workspace[1] === 'bench' ? 'the twin (packages/bench)' : `@kefu/${workspace[1]}`;
  if (url.startsWith('node:')) return 'node core';
  if (functionName === '(idle)') return '(idle)';
  if (functionName === '(garbage collector)') return '(garbage collector)';
  return functionName.startsWith('(') ? functionName : 'node core / native';
}

/**
 * Hits per node, counting only the samples of the last `windowMs` of the profile when given: the
 * load ran then, and the process's start-up (module loading, compiling) is left out.
 */
function hitsOf(profile: CpuProfile, windowMs?: number): Map<number, number> {
  const hits = new Map<number, number>();
  const { samples, timeDeltas } = profile;
  if (windowMs === undefined || !samples || !timeDeltas || samples.length !== timeDeltas.length) {
    for (const node of profile.nodes) hits.set(node.id, node.hitCount ?? 0);
    return hits;
  }
  const from = profile.endTime - windowMs * 1000;
  let at = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    at += timeDeltas[i]!;
    if (at >= from) hits.set(samples[i]!, (hits.get(samples[i]!) ?? 0) + 1);
  }
  return hits;
}

/** Self time of a `--cpu-prof` profile, by owner and by function: where a server spends a request. */
export function summarizeProfile(path: string, top = 12, windowMs?: number): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const hitsById = hitsOf(profile, windowMs);
  const hitsOfNode = (node: ProfileNode) => hitsById.get(node.id) ?? 0;
  const total = profile.nodes.reduce((sum, node) => sum + hitsOfNode(node), 0) || 1;
  const idle = profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').reduce((sum, n) => sum + hitsOfNode(n), 0);
  const busy = total - idle || 1;
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = hitsOfNode(node);
    const { functionName, url, lineNumber } = node.callFrame;
    if (!hits || functionName === '(idle)') continue;
    const owner = ownerOf(url, functionName);
    owners.set(owner, (owners.get(owner) ?? 0) + hits);
    const fn = `${functionName || '(anonymous)'} — ${owner}${url.includes('dist/main.js') ? `:${lineNumber + 1}` : ''}`;
    functions.set(fn, (functions.get(fn) ?? 0) + hits);
  }
  const ranked = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, hits]) => ({ name, share: hits / busy }));
  return { byOwner: ranked(owners), byFunction: ranked(functions), busyShare: busy / total };
}
