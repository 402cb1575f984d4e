// Fails when src/gql/ is not what codegen would generate from the current schema and documents.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Returns what is wrong, or null when the checked-in output is current. */
function check(scratch) {
  try {
    execFileSync(join(root, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.ts', '--silent'], {
      cwd: root,
      env: { ...process.env, CODEGEN_OUT: `${scratch}/` },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch {
    return 'codegen failed on the current schema and documents (see above)';
  }
  const checked = join(root, 'src', 'gql');
  const read = (dir, name) => {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch {
      return null;
    }
  };
  const names = new Set([...readdirSync(scratch), ...readdirSync(checked)]);
  const stale = [...names].filter((name) => read(scratch, name) !== read(checked, name));
  return stale.length > 0 ? `src/gql is out of date (${stale.join(', ')}): run \`pnpm --filter @kefu/admin codegen\`` : null;
}

const scratch = mkdtempSync(join(tmpdir(), 'kefu-admin-gql-'));
const problem = check(scratch);
rmSync(scratch, { recursive: true, force: true });
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write('src/gql is current\n');
}
