import { findAccountForLogin } from '@kefu/db/accounts';
import { seedDemoData } from '@kefu/db/seed';
import { createTestDatabase, type EngineName, type TestDatabase } from '@kefu/db/testing';
import { vi } from 'vitest';
import { loadAccess } from '../../src/access/access.js';
import { createOrgChartCache } from '../../src/access/org-chart-cache.js';
import type { Viewer } from '../../src/context.js';
import { createLoaders } from '../../src/loaders/loaders.js';
import { silentLogger } from '../../src/logging/logger.js';
import { createKefuPubSub } from '../../src/pubsub/pubsub.js';
import type { UseCaseContext } from '../../src/use-cases/shared/use-case-context.js';

/**
 * Use cases over a seeded database of their own, without Yoga or GraphQL: a context is built
 * for a demo account as the gateway builds one for a signed-in request.
 */
export async function startUseCaseHarness(engine: EngineName) {
  const db: TestDatabase = await createTestDatabase(engine);
  await seedDemoData(db, { now: new Date() });
  const pubsub = createKefuPubSub();
  const orgCharts = createOrgChartCache(pubsub);
  const published = vi.spyOn(pubsub, 'publish');

  /** A fresh request of `username`: its own loaders and access, as each HTTP request has. */
  async function as(username: string, now = new Date()): Promise<UseCaseContext> {
    const found = await findAccountForLogin(db, username);
    if (!found) throw new Error(`no demo account ${username}`);
    const { account } = found;
    const principal =
      account.staffId !== null
        ? { kind: 'staff' as const, siteId: account.siteId, staffId: account.staffId }
        : { kind: 'requester' as const, siteId: account.siteId, requesterId: account.requesterId!, requesterKind: account.requesterKind! };
    const viewer: Viewer = { principal, accountId: account.id, username, sessionToken: null, passwordChangeRequired: false };
    let access = loadAccess(db, viewer, orgCharts, now);
    return {
      db,
      now,
      principal,
      accountId: account.id,
      access: () => access,
      loaders: createLoaders(db, account.siteId),
      pubsub,
      orgCharts,
      logger: silentLogger,
      requestId: `test-${username}`,
      reloadAccess: () => {
        access = loadAccess(db, viewer, orgCharts, now);
      },
    };
  }

  async function close() {
    orgCharts.stop();
    await db.drop();
  }

  return { db, as, published, pubsub, orgCharts, close };
}
