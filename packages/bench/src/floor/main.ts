import { openFloorSql, startFloor } from './floor-server.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('the floor needs DATABASE_URL');
const sql = openFloorSql(databaseUrl);
const floor = await startFloor(sql, Number(process.env.PORT ?? 0));
process.stdout.write(`floor listening ${floor.url}\n`);
const stop = async () => {
  await floor.close();
  await sql.end({ timeout: 5 });
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
