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
  /** Always mark session cookies Secure; they are anyway on a request that came over HTTPS. */
  secureCookies: boolean;
  /** Behind a reverse proxy: believe its `x-forwarded-proto` and `x-forwarded-for`. */
  trustProxy: boolean;
  /** The one origin browsers may call the API from across origins (CORS); none when unset. */
  publicOrigin: string | undefined;
  /** Absolute session lifetime from sign-in: no sliding renewal. */
  sessionTtlMs: number;
  /** Largest request body: JSON requests, and multipart requests (photo uploads). */
  maxBodyBytes: { json: number; multipart: number };
  /** How often this process deletes photos uploaded for a request that was never submitted. */
  photoSweepIntervalMs: number;
  /** How often this process escalates tickets whose deadlines have passed (the escalation sweep). */
  escalationSweepIntervalMs: number | null;
  /**
   * Where live events go: 'local' (this process only, the default) or 'postgres' (LISTEN/NOTIFY on
   * the server database, so several replicas see each other's events; needs DATABASE_URL).
   */
  sharedEvents: 'local' | 'postgres';
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
    trustProxy: env.KEFU_TRUST_PROXY === 'true',
    publicOrigin: publicOrigin(env.KEFU_PUBLIC_ORIGIN),
    sessionTtlMs: positive('KEFU_SESSION_TTL_HOURS', env.KEFU_SESSION_TTL_HOURS, 12) * 3_600_000,
    maxBodyBytes: {
      json: positive('KEFU_MAX_BODY_KB', env.KEFU_MAX_BODY_KB, 1024) * 1024,
      multipart: positive('KEFU_MAX_UPLOAD_BODY_KB', env.KEFU_MAX_UPLOAD_BODY_KB, 21 * 1024) * 1024,
    },
    photoSweepIntervalMs: positive('KEFU_PHOTO_SWEEP_MINUTES', env.KEFU_PHOTO_SWEEP_MINUTES, 60) * 60_000,
    // 0 turns this process's sweep off (another replica sweeps, or a benchmark must not see tickets move).
    escalationSweepIntervalMs:
      env.KEFU_ESCALATION_SWEEP_MINUTES?.trim() === '0' ? null : positive('KEFU_ESCALATION_SWEEP_MINUTES', env.KEFU_ESCALATION_SWEEP_MINUTES, 5) * 60_000,
    sharedEvents: sharedEvents(env.KEFU_SHARED_EVENTS, env.DATABASE_URL),
    adminDir: env.KEFU_ADMIN_DIR || undefined,
    portalDir: env.KEFU_PORTAL_DIR || undefined,
  };
}

function sharedEvents(value: string | undefined, databaseUrl: string | undefined): GatewayConfig['sharedEvents'] {
  if (value === undefined || value === '' || value === 'local') return 'local';
  if (value !== 'postgres') throw new Error(`KEFU_SHARED_EVENTS must be local or postgres, got ${value}`);
  if (!databaseUrl) throw new Error('KEFU_SHARED_EVENTS=postgres needs DATABASE_URL (the embedded database is one process)');
  return 'postgres';
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${value}`);
  return n;
}

/** `https://kefu.example.com/` → `https://kefu.example.com`: browsers send the origin without a path. */
function publicOrigin(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`KEFU_PUBLIC_ORIGIN must be an http(s) origin, got ${value}`);
  return url.origin;
}
