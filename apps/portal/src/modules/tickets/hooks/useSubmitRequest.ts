import { useRef, useState } from 'preact/hooks';
import type { SubmitRequestInput } from '../../../gql/graphql';
import { ApiError, request } from '../../api/graphql-client';
import { SubmitRequestMutation } from '../graphql/mutations/submit-request';

/** randomUUID exists only on HTTPS or localhost; getRandomValues everywhere. */
const newKey = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Submits a new request under one idempotency key per filled-in form: a double tap or a retry
 * after a dropped connection returns the request the first attempt created, never a second one.
 * An edited form is a different request, so it gets a key of its own.
 */
export function useSubmitRequest() {
  const key = useRef(newKey());
  const lastInput = useRef<string | null>(null);
  const inFlight = useRef<Promise<string> | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = (input: SubmitRequestInput): Promise<string> => {
    if (inFlight.current) return inFlight.current;
    const fingerprint = JSON.stringify(input);
    if (lastInput.current !== null && lastInput.current !== fingerprint) key.current = newKey();
    lastInput.current = fingerprint;
    setSending(true);
    setError(null);
    const attempt = request(SubmitRequestMutation, { idempotencyKey: key.current, input })
      .then(({ submitRequest }) => {
        key.current = newKey();
        lastInput.current = null;
        return submitRequest.id;
      })
      .catch((e: unknown) => {
        const apiError = e instanceof ApiError ? e : new ApiError(String(e), 'NETWORK');
        setError(apiError);
        throw apiError;
      })
      .finally(() => {
        inFlight.current = null;
        setSending(false);
      });
    inFlight.current = attempt;
    return attempt;
  };
  return { submit, sending, error };
}
