import type { GatewayConfig } from './config.js';
import type { OrgChartCache } from './access/org-chart-cache.js';
import type { Logger } from './logging/logger.js';
import type { KefuPubSub } from './pubsub/pubsub.js';

/** Long-lived parts shared by every request of one gateway process. */
export type GatewayServices = {
  config: GatewayConfig;
  logger: Logger;
  pubsub: KefuPubSub;
  orgCharts: OrgChartCache;
};
