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

/**
 * The system's Chromium, headless, driven by playwright-core (no browser download). Every page
 * asks for reduced motion, which the apps honour (Mantine's respectReducedMotion): dialogs and
 * menus appear and vanish at once, so no check measures a half-faded element.
 */
export async function openBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options) => newContext({ reducedMotion: 'reduce', ...options });
  browser.newPage = (options) => newPage({ reducedMotion: 'reduce', ...options });
  return browser;
}

export type AccessibilityViolation = { id: string; impact: string; help: string; targets: string[] };

let axeSource: Promise<string> | undefined;

/** axe-core's serious and critical violations on the page as it is now. */
export async function checkAccessibility(page: Page): Promise<AccessibilityViolation[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await settled(page);
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

/**
 * Waits until no CSS animation or transition is running: colours measured mid-fade are neither
 * the start nor the end state, and would make contrast findings depend on timing.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    // Endless ones (a spinner, a skeleton's pulse) never settle and change no measured colour.
    () => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
    undefined,
    { polling: 'raf', timeout: 5_000 },
  );
}
