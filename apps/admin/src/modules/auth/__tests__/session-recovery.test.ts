import { ApolloLink, execute, gql, Observable, type FetchResult } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createSessionRecoveryLink, SessionRecovery } from '../utils/session-recovery';

const refused: FetchResult = { errors: [{ message: '请先登录。', extensions: { code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED' } }] };
const wrongPassword: FetchResult = { errors: [{ message: '用户名或密码错误。', extensions: { code: 'UNAUTHENTICATED', reason: 'AUTH.INVALID_CREDENTIALS' } }] };
const created: FetchResult = { data: { createStaff: { id: 's-1' } } };

/** A gateway that answers each attempt in turn and counts what it was sent. */
function gateway(...answers: FetchResult[]) {
  const sent: string[] = [];
  const link = new ApolloLink((operation) => {
    sent.push(operation.operationName);
    const answer = answers[Math.min(sent.length - 1, answers.length - 1)]!;
    return new Observable((observer) => {
      observer.next(answer);
      observer.complete();
    });
  });
  return { sent, link };
}

function run(recovery: SessionRecovery, terminating: ApolloLink, operationName = 'CreateStaff') {
  const query = gql(`mutation ${operationName} { createStaff { id } }`);
  const results: FetchResult[] = [];
  const done = new Promise<FetchResult[]>((resolve, reject) =>
    execute(ApolloLink.from([createSessionRecoveryLink(recovery), terminating]), { query }).subscribe({
      next: (result) => results.push(result),
      error: reject,
      complete: () => resolve(results),
    }),
  );
  return done;
}

describe('the session recovery link', () => {
  it('passes answers through untouched while the session holds', async () => {
    const recovery = new SessionRecovery();
    const { sent, link } = gateway(created);
    expect(await run(recovery, link)).toEqual([created]);
    expect(sent).toEqual(['CreateStaff']);
    expect(recovery.getSnapshot().expired).toBe(false);
  });

  it('holds a refused operation until the same user is back, sends it once more, and passes a second refusal on', async () => {
    const recovery = new SessionRecovery();
    const { sent, link } = gateway(refused, refused);
    const done = run(recovery, link);
    await Promise.resolve();
    expect(recovery.getSnapshot().expired).toBe(true);
    expect(sent).toHaveLength(1);

    recovery.resume({ sameUser: true });
    expect(await done).toEqual([refused]);
    expect(sent).toHaveLength(2);
    expect(recovery.getSnapshot().expired).toBe(false);
  });

  it('never sends the held operation when another user signs in', async () => {
    const recovery = new SessionRecovery();
    const { sent, link } = gateway(refused, created);
    const done = run(recovery, link);
    await Promise.resolve();
    recovery.resume({ sameUser: false, message: '已换成其他用户登录' });
    const [result] = await done;
    expect(result?.errors?.[0]).toMatchObject({ message: '已换成其他用户登录', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION.USER_CHANGED' } });
    expect(sent).toHaveLength(1);
  });

  it('leaves a wrong password at sign-in alone', async () => {
    const recovery = new SessionRecovery();
    const { link } = gateway(wrongPassword);
    expect(await run(recovery, link, 'Login')).toEqual([wrongPassword]);
    expect(recovery.getSnapshot().expired).toBe(false);
  });
});
