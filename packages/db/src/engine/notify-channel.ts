import postgres from 'postgres';

/**
 * One PostgreSQL LISTEN/NOTIFY channel between processes on the same server database: what
 * several gateway replicas use to see each other's events. It holds one connection of its own
 * for LISTEN (postgres.js re-listens after a reconnect) and sends through `pg_notify`, which is
 * delivered to every listener, the sender included, once the sending transaction commits.
 */
export type NotifyChannel = {
  publish(payload: string): Promise<void>;
  close(): Promise<void>;
};

/** NOTIFY payloads must stay under 8000 bytes; kefu's events are ids and numbers. */
export const MAX_NOTIFY_PAYLOAD_BYTES = 7_900;

export async function openNotifyChannel(url: string, channel: string, onMessage: (payload: string) => void): Promise<NotifyChannel> {
  const sql = postgres(url, { max: 2, onnotice: () => {}, connection: { application_name: 'kefu-events' } });
  const listening = await sql.listen(channel, onMessage);
  return {
    async publish(payload) {
      if (Buffer.byteLength(payload) > MAX_NOTIFY_PAYLOAD_BYTES) throw new Error(`event payload over ${MAX_NOTIFY_PAYLOAD_BYTES} bytes`);
      await sql.notify(channel, payload);
    },
    async close() {
      await listening.unlisten();
      await sql.end({ timeout: 5 });
    },
  };
}
