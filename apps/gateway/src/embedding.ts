/**
 * The gateway's public entry (`@kefu/gateway/embedding`): what a process needs to host the
 * gateway in-process, as the benchmark does, without reaching into its modules.
 */
export { createGatewayYoga } from './yoga.js';
export { readConfig, type GatewayConfig } from './config.js';
export { silentLogger, type Logger } from './logging/logger.js';
export { createKefuPubSub, type KefuPubSub } from './pubsub/pubsub.js';
export { createOrgChartCache, type OrgChartCache } from './access/org-chart-cache.js';
export type { GatewayServices } from './services.js';
