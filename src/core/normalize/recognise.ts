// What makes one layer of an input a Conductor error: the record's fields, or
// conductor-node v12's own failure to reach Conductor.
import { CONDUCTOR_ERROR_TYPES, type ConductorErrorType } from '../types.js';
import { guard, isObject, read, text } from './read.js';

/**
 * The category of an error record, from `type` or `rawType`: the API enum (on
 * the wire, in v12, and in v11's `rawType`), or a conductor-node v11 class name
 * in `type` (ConductorIntegrationConnectionError is INTEGRATION_CONNECTION_ERROR,
 * as a backend forwarding only the documented fields sends it). UNKNOWN_ERROR
 * comes last, so v11's fallback class ConductorUnknownError loses to a known
 * `rawType`. `undefined` when neither names one we know, such as an API type
 * newer than this library.
 */
export const errorType = (record: unknown): ConductorErrorType | undefined =>
  CONDUCTOR_ERROR_TYPES.find((type) =>
    [read(record, 'type'), read(record, 'rawType')].some(
      (name) =>
        name === type ||
        // Case aside, a v11 class name is the enum's words after "Conductor". A
        // type check, not `guard`: a thrown and caught error per field is slow.
        (typeof name === 'string' && name.toUpperCase() === `CONDUCTOR${type.replace(/_/g, '')}`),
    ),
  );

/**
 * Recognisably a Conductor error record: a non-blank `userFacingMessage`
 * (Conductor sends one with every error), a type we know, or a `code` with a
 * `requestId` (a trimmed-down error a backend forwards). A lone `message` is
 * never enough: every JavaScript error has one. Nor is a lone `code`: axios,
 * Node and tRPC put their own codes on their errors.
 */
export const isErrorRecord = (layer: unknown): boolean =>
  !!(text(layer, 'userFacingMessage') || errorType(layer) || (text(layer, 'code') && text(layer, 'requestId')));

/**
 * The constructor names of conductor-node v12's two failures to reach
 * Conductor, from the error's own class up to the SDK's base class. The SDK's
 * generator gives every SDK it makes `APIConnectionError` and `APIError`
 * classes; only the base class carries the API's name (`ConductorError` here,
 * `GroqError` or `OpenAIError` elsewhere), so the whole chain must match.
 */
const CONNECTION_FAILURE_CHAINS: readonly (readonly string[])[] = [
  ['APIConnectionError', 'APIError', 'ConductorError', 'Error'],
  ['APIConnectionTimeoutError', 'APIConnectionError', 'APIError', 'ConductorError', 'Error'],
];

/** The longest chain above: no need to climb further. */
const LONGEST_CHAIN = Math.max(...CONNECTION_FAILURE_CHAINS.map((chain) => chain.length));

/**
 * The constructor names along a value's prototype chain, starting at its
 * prototype, never at the value itself: an own `constructor` (as JSON can
 * carry, `{"constructor":{"name":"APIConnectionError"}}`) is not looked at.
 */
const prototypeNames = (value: object): string[] => {
  const names: string[] = [];
  let prototype = guard(() => Object.getPrototypeOf(value));
  while (isObject(prototype) && names.length < LONGEST_CHAIN) {
    const owner = prototype;
    // Only a prototype's own `constructor`, a class's own `name`: nothing inherited is trusted.
    const owningClass = guard(() => Object.getOwnPropertyDescriptor(owner, 'constructor')?.value);
    const name = guard(() => Object.getOwnPropertyDescriptor(owningClass, 'name')?.value);
    names.push(typeof name === 'string' ? name : '');
    prototype = guard(() => Object.getPrototypeOf(owner));
  }
  return names;
};

/**
 * conductor-node v12's failure to reach Conductor (refused, reset, timed out).
 * No field tells it apart (an APIUserAbortError looks the same), only its
 * class: read from the prototype chain by name, rather than `instanceof`, so
 * the core stays free of the SDK and works with any copy of it.
 */
export const isConnectionFailure = (layer: unknown): boolean => {
  if (!isObject(layer)) return false;
  const names = prototypeNames(layer);
  return CONNECTION_FAILURE_CHAINS.some((chain) => chain.every((name, index) => names[index] === name));
};
