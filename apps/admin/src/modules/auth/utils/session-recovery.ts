import { ApolloLink, Observable, type FetchResult, type Operation } from '@apollo/client';
import { GraphQLError } from 'graphql';

/** How a re-sign-in ended for the operations held while the session was gone. */
export type Resumption = { sameUser: true } | { sameUser: false; message: string };

type Snapshot = { expired: boolean };

/**
 * Holds the operations the gateway refused for want of a session until someone signs in
 * again, so what was typed is sent rather than lost. Subscribers (the re-sign-in dialog, the
 * header) see whether the session is gone.
 */
export class SessionRecovery {
  private snapshot: Snapshot = { expired: false };
  private readonly listeners = new Set<() => void>();
  private waiting: ((resumption: Resumption) => void)[] = [];

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): Snapshot => this.snapshot;

  /** Marks the session gone and resolves once someone has signed in again. */
  waitForSignIn(): Promise<Resumption> {
    this.set({ expired: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Releases the held operations: sent again for the same user, refused for another. */
  resume(resumption: Resumption): void {
    const waiting = this.waiting;
    this.waiting = [];
    this.set({ expired: false });
    for (const resolve of waiting) resolve(resumption);
  }

  private set(snapshot: Snapshot): void {
    if (snapshot.expired === this.snapshot.expired) return;
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}

/** Signing in and out answer UNAUTHENTICATED themselves (a wrong password): never held. */
const SESSION_OPERATIONS = new Set(['Login', 'Logout']);

const isSessionGone = (result: FetchResult): boolean =>
  result.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED' && error.extensions.reason === 'UNAUTHENTICATED') ?? false;

const discarded = (message: string): FetchResult => ({
  errors: [new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION.USER_CHANGED' } })],
});

/**
 * Sends an operation refused with UNAUTHENTICATED once more after the same user has signed in
 * again. The refusal comes from the gateway's auth rules before any resolver runs, so the
 * first attempt wrote nothing and the one retry cannot register anything twice; a second
 * refusal is passed on as it is. When another user signs in, the operation is not sent.
 */
export function createSessionRecoveryLink(recovery: SessionRecovery): ApolloLink {
  return new ApolloLink((operation: Operation, forward) => {
    if (SESSION_OPERATIONS.has(operation.operationName)) return forward(operation);
    return new Observable<FetchResult>((observer) => {
      let closed = false;
      const subscriptions: { unsubscribe: () => void }[] = [];
      const holdUntilSignedIn = () => {
        void recovery.waitForSignIn().then((resumption) => {
          if (closed) return;
          if (resumption.sameUser) send(true);
          else {
            observer.next(discarded(resumption.message));
            observer.complete();
          }
        });
      };
      const send = (retried: boolean) => {
        let held = false;
        subscriptions.push(
          forward(operation).subscribe({
            next: (result) => {
              if (retried || !isSessionGone(result)) observer.next(result);
              else {
                held = true;
                holdUntilSignedIn();
              }
            },
            error: (error: unknown) => {
              // A non-2xx answer still carries the gateway's errors in its body.
              const body = (error as { result?: FetchResult } | null)?.result;
              if (!retried && body && typeof body === 'object' && isSessionGone(body)) holdUntilSignedIn();
              else observer.error(error);
            },
            complete: () => {
              if (!held) observer.complete();
            },
          }),
        );
      };
      send(false);
      return () => {
        closed = true;
        for (const subscription of subscriptions) subscription.unsubscribe();
      };
    });
  });
}

const recoveries = new WeakMap<object, SessionRecovery>();

/** Ties a client to the recovery its link reports to, for the components that show it. */
export function attachSessionRecovery(client: object, recovery: SessionRecovery): void {
  recoveries.set(client, recovery);
}

export function sessionRecoveryOf(client: object): SessionRecovery {
  const recovery = recoveries.get(client);
  if (!recovery) throw new Error('This Apollo client was not made by createApolloClient');
  return recovery;
}
