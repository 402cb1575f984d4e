// Writes the SDL to apps/gateway/schema.graphql, or with --check fails when the checked-in
// file no longer matches the code (clients generate their types from that file).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printGatewaySchema } from '../schema/print-gateway-schema.js';

const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
const printed = printGatewaySchema();

if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== printed) {
    process.stderr.write('schema.graphql is out of date: run `pnpm --filter @kefu/gateway schema:print` and commit it.\n');
    process.exit(1);
  }
  process.stdout.write('schema.graphql matches the code\n');
} else {
  writeFileSync(target, printed);
  process.stdout.write(`wrote ${target}\n`);
}
