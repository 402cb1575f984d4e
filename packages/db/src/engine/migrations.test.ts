import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMigrationFile, migrationsDir, splitStatements } from './migrate.js';

const files = readdirSync(migrationsDir).sort();

/**
 * Two migrations took the prefix 003 before this rule existed. They stay as they are: databases
 * record applied migrations by file name, so renaming either would apply it a second time.
 */
const SHARED_PREFIXES: Record<string, string[]> = {
  '003': ['003_attachments.sql', '003_ticket_contact_time.sql'],
};

describe('migration files', () => {
  it('are all named NNN_name.sql, so none is skipped by the runner', () => {
    expect(files.filter((file) => !isMigrationFile(file))).toEqual([]);
  });

  it('each take a prefix of their own, apart from the recorded exception', () => {
    const byPrefix = new Map<string, string[]>();
    for (const file of files) byPrefix.set(file.slice(0, 3), [...(byPrefix.get(file.slice(0, 3)) ?? []), file]);
    const shared = Object.fromEntries([...byPrefix].filter(([, names]) => names.length > 1));
    expect(shared).toEqual(SHARED_PREFIXES);
  });
});

describe('splitStatements', () => {
  it('splits on semicolons that end a line and keeps a dollar-quoted body whole', () => {
    const script = [
      '-- a comment',
      'CREATE TABLE a (x int);',
      'CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$',
      'BEGIN',
      '  UPDATE a SET x = x + 1;',
      '  RETURN NULL;',
      'END',
      '$$;',
      'SELECT 1;',
    ].join('\n');
    expect(splitStatements(script)).toEqual([
      'CREATE TABLE a (x int)',
      'CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  UPDATE a SET x = x + 1;\n  RETURN NULL;\nEND\n$$',
      'SELECT 1',
    ]);
  });
});
