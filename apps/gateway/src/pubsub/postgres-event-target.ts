import { randomUUID } from 'node:crypto';
import { openNotifyChannel } from '@kefu/db/engine';

/** The channel every replica listens on; the topic travels inside the payload. */
export const EVENTS_CHANNEL = 'kefu_events';

type Listener = ((event: CustomEvent) => void) | { handleEvent(event: CustomEvent): void };

/**
 * Yoga's event target over PostgreSQL LISTEN/NOTIFY, so an event published on one gateway
 * replica reaches the subscribers and caches of every replica on the same database. Listeners in
 * this process hear an event at once; the other replicas when the notification arrives. Each
 * process tags what it sends and skips its own echo, so nothing is heard twice.
 */
export type SharedEventTarget = {
  target: {
    addEventListener(type: string, listener: Listener | null): void;
    removeEventListener(type: string, listener: Listener | null): void;
    dispatchEvent(event: Event): boolean;
  };
  close(): Promise<void>;
};

export async function createPostgresEventTarget(databaseUrl: string, onError: (error: unknown) => void = () => {}): Promise<SharedEventTarget> {
  const origin = randomUUID();
  const listeners = new Map<string, Set<Listener>>();

  const deliver = (type: string, detail: unknown) => {
    const event = new CustomEvent(type, { detail });
    for (const listener of listeners.get(type) ?? []) {
      if (typeof listener === 'function') listener(event);
      else listener.handleEvent(event);
    }
  };

  const channel = await openNotifyChannel(databaseUrl, EVENTS_CHANNEL, (payload) => {
    try {
      const message = JSON.parse(payload) as { origin: string; type: string; detail: unknown };
      if (message.origin !== origin) deliver(message.type, message.detail);
    } catch (error) {
      onError(error);
    }
  });

  return {
    target: {
      addEventListener(type, listener) {
        if (!listener) return;
        let set = listeners.get(type);
        if (!set) listeners.set(type, (set = new Set()));
        set.add(listener);
      },
      removeEventListener(type, listener) {
        const set = listeners.get(type);
        if (!set || !listener) return;
        set.delete(listener);
        if (set.size === 0) listeners.delete(type);
      },
      dispatchEvent(event) {
        const detail = (event as CustomEvent).detail as unknown;
        deliver(event.type, detail);
        channel.publish(JSON.stringify({ origin, type: event.type, detail })).catch(onError);
        return true;
      },
    },
    close: () => channel.close(),
  };
}
