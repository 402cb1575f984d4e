/** Everything the gateway reads from its environment, parsed once at start-up. */
export type GatewayConfig = {
  port: number;
  host: string;
  production: boolean;
  /** Server PostgreSQL when set; otherwise the embedded database under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string | undefined;
  /** Seed the demo mall, staff and tickets into an empty database (never in production). */
  seedDemo: boolean;
  /** Mark session cookies Secure: set when served over HTTPS (or behind a TLS proxy). */
  secureCookies: boolean;
  sessionTtlMs: number;
  /** Built single-page apps to serve, when present. */
  adminDir: string | undefined;
  portalDir: string | undefined;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    production,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.KEFU_DATA_DIR || undefined,
    seedDemo: !production && env.KEFU_SEED_DEMO !== 'false',
    secureCookies: env.KEFU_SECURE_COOKIES === 'true',
    sessionTtlMs: Number(env.KEFU_SESSION_TTL_HOURS ?? 12) * 3_600_000,
    adminDir: env.KEFU_ADMIN_DIR || undefined,
    portalDir: env.KEFU_PORTAL_DIR || undefined,
  };
}
