// `pnpm db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database
// that `npm start` uses (.data/kefu at the repository root, or KEFU_DATA_DIR).
import { fileURLToPath } from 'node:url';
import { migrate } from '../engine/migrate.js';
import { openDatabase } from '../engine/open-database.js';

const defaultDataDir = fileURLToPath(new URL('../../../../.data/kefu', import.meta.url));
const databaseUrl = process.env.DATABASE_URL || undefined;
const db = await openDatabase({ databaseUrl, dataDir: databaseUrl ? undefined : (process.env.KEFU_DATA_DIR ?? defaultDataDir) });
try {
  const report = await migrate(db, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`${report.applied.length} applied, ${report.alreadyApplied} already applied\n`);
} finally {
  await db.close();
}
