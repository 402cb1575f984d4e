import { openDatabase } from '@kefu/db/engine';
import { startTwin } from './twin-server.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('the twin needs DATABASE_URL');
const db = await openDatabase({ databaseUrl });
const twin = await startTwin(db, Number(process.env.PORT ?? 0));
process.stdout.write(`twin listening ${twin.url}\n`);
const stop = async () => {
  await twin.close();
  await db.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
