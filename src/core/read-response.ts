// The async side of reading an error: a `fetch` Response (or an error holding
// one, as ky 1's HTTPError does) whose body nobody has read yet.

import { read } from './normalize/read.js';
import { type NormalizeConductorErrorOptions, normalizeConductorError } from './normalize.js';
import type { NormalizedConductorError } from './types.js';

/** The parts of a `fetch` Response this reader uses. */
interface ResponseLike {
  status: unknown;
  headers: unknown;
  bodyUsed: unknown;
  text(): Promise<unknown>;
}

/** A Response-like value whose body is still unread: it has `text()` and `bodyUsed` is `false`. */
const unreadResponse = (value: unknown): ResponseLike | undefined =>
  typeof read(value, 'text') === 'function' && read(value, 'bodyUsed') === false ? (value as ResponseLike) : undefined;

/**
 * The body's text, parsed as JSON; `undefined` when it is no JSON, or reading
 * it throws, rejects or gives something other than text (a Response-like
 * value of an app's own).
 */
const jsonBody = async (response: ResponseLike): Promise<unknown> => {
  try {
    const body = await response.text();
    return typeof body === 'string' ? JSON.parse(body) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Reads an error out of a `fetch` Response whose body is unread, or out of an
 * error holding one as its `response` (ky 1's HTTPError): the body once, as
 * JSON, then everything as `normalizeConductorError` does, with the status and
 * the `conductor-request-id` header from the response. A body that is no JSON
 * (an HTML error page), is already read, or throws while read gives
 * Conductor's generic error, the status and request id still read. Anything
 * else (an axios or ofetch error, parsed JSON, a conductor-node error) goes
 * straight to `normalizeConductorError`. Never rejects.
 *
 * @example
 * const response = await fetch('/api/invoices');
 * if (!response.ok) throw await readConductorError(response);
 */
export const readConductorError = async (
  input: unknown,
  options?: NormalizeConductorErrorOptions,
): Promise<NormalizedConductorError> => {
  // Nothing below can throw: every read is guarded, the body is read inside a
  // try, and the normaliser never throws. So the promise never rejects.
  const response = unreadResponse(input) ?? unreadResponse(read(input, 'response'));
  if (!response) return normalizeConductorError(input, options);
  const normalized = normalizeConductorError(
    // The response's status and headers beside its body, where the normaliser looks for them.
    { status: read(response, 'status'), headers: read(response, 'headers'), data: await jsonBody(response) },
    options,
  );
  // The error around the response (ky's "Request failed with status code 502 ...") says more in logs than nothing.
  const aroundMessage = input === response ? undefined : read(input, 'message');
  return normalized.message || typeof aroundMessage !== 'string'
    ? normalized
    : { ...normalized, message: aroundMessage };
};
