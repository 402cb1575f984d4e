import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where each reliability test leaves its figures for the report (see report.ts); KEFU_FIGURES_DIR moves it. */
export const FIGURES_DIR = process.env.KEFU_FIGURES_DIR ?? join(tmpdir(), 'kefu-reliability-figures');

export type Figures = {
  /** Orders the sections in the report. */
  order: number;
  title: string;
  /** What was tried and how, in a sentence or two. */
  summary: string;
  rows: [string, string | number][];
  /** Filled in when recorded: a section keeps its figures until its own test runs again. */
  recordedAt?: string;
};

export function recordFigures(name: string, figures: Figures): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(join(FIGURES_DIR, `${name}.json`), JSON.stringify({ ...figures, recordedAt: new Date().toISOString() }, null, 2));
}

export function readAllFigures(): Figures[] {
  let files: string[] = [];
  try {
    files = readdirSync(FIGURES_DIR).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  return files.map((f) => JSON.parse(readFileSync(join(FIGURES_DIR, f), 'utf8')) as Figures).sort((a, b) => a.order - b.order);
}
