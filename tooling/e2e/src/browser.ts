import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for a closed network: no background fetches that the machine would refuse. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const path = [process.env.KEFU_CHROMIUM, ...CHROMIUM_CANDIDATES].find((candidate) => candidate && existsSync(candidate));
  if (!path) {
    throw new Error('No Chromium found. Install it (Debian: apt-get install -y chromium) or set KEFU_CHROMIUM to its path.');
  }
  return path;
}

/** The system's Chromium, headless, driven by playwright-core (no browser download). */
export function openBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}

export type AccessibilityViolation = { id: string; impact: string; help: string; targets: string[] };

let axeSource: Promise<string> | undefined;

/** axe-core's serious and critical violations on the page as it is now. */
export async function checkAccessibility(page: Page): Promise<AccessibilityViolation[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the debugging protocol, not as a <script> element: the apps' CSP refuses inline scripts.
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: RawViolation[] }> } }).axe;
    type RawViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
