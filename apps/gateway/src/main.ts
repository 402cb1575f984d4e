import { migrate, openDatabase } from '@kefu/db/engine';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoData } from '@kefu/db/seed';
import { createOrgChartCache } from './access/org-chart-cache.js';
import { startAbandonedPhotoSweep } from './attachments/abandoned-photo-sweep.js';
import { startEscalationSweep } from './sweeps/escalation-sweep.js';
import { readConfig } from './config.js';
import { createLogger } from './logging/logger.js';
import { createPostgresEventTarget } from './pubsub/postgres-event-target.js';
import { createKefuPubSub } from './pubsub/pubsub.js';
import { startGateway } from './server.js';

const config = readConfig();
const logger = createLogger(process.env.LOG_LEVEL === 'debug' ? 'debug' : 'info');

async function main() {
  logger.info('opening database', { engine: config.databaseUrl ? 'postgres' : 'pglite', dataDir: config.dataDir ?? null });
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(db, (line) => logger.info(line));
  if (config.seedDemo) {
    const seeded = await seedDemoData(db, { now: new Date(), log: (line: string) => logger.info(line) });
    if (seeded) logger.info('demo data seeded', seeded);
  }

  const sharedEvents =
    config.sharedEvents === 'postgres' && config.databaseUrl
      ? await createPostgresEventTarget(config.databaseUrl, (error) => logger.error('shared event failed', { error: String(error) }))
      : null;
  if (sharedEvents) logger.info('live events shared between replicas', { via: 'postgres' });
  const pubsub = createKefuPubSub(sharedEvents?.target);
  const orgCharts = createOrgChartCache(pubsub);
  const gateway = await startGateway(db, { config, logger, pubsub, orgCharts });
  const photoSweep = startAbandonedPhotoSweep(db, { intervalMs: config.photoSweepIntervalMs, logger });
  const escalationSweep =
    config.escalationSweepIntervalMs === null ? null : startEscalationSweep(db, { intervalMs: config.escalationSweepIntervalMs, logger, pubsub, orgCharts });
  logger.info('kefu is ready', { graphql: `${gateway.url}/graphql`, health: `${gateway.url}/healthz` });
  printWelcome(gateway.url);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    await gateway.close();
    await photoSweep.stop();
    await escalationSweep?.stop();
    orgCharts.stop();
    await sharedEvents?.close();
    await db.close();
    clearTimeout(force);
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

function printWelcome(url: string) {
  const lines = [
    '',
    `  kefu 客服 is running`,
    `  GraphQL   ${url}/graphql`,
    ...(config.adminDir ? [`  Admin     ${url}/admin/`] : []),
    ...(config.portalDir ? [`  Portal    ${url}/portal/`] : []),
    `  Health    ${url}/healthz`,
    ...(config.seedDemo
      ? ['', `  Demo sign-ins (password ${DEMO_PASSWORD}):`, ...DEMO_LOGINS.map((l) => `    ${l.username.padEnd(20)} ${l.role.zh} / ${l.role.en}`)]
      : []),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  logger.error('start-up failed', { error: error instanceof Error ? error.stack : String(error) });
  process.exit(1);
});
