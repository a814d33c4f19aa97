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
export const errorType = (record: unknown): ConductorErrorType | undefined => {
  // Both fields read once, not once per type: this runs on every layer looked at.
  const names = [read(record, 'type'), read(record, 'rawType')].filter((name) => typeof name === 'string');
  return names.length === 0
    ? undefined
    : CONDUCTOR_ERROR_TYPES.find((type) =>
        names.some(
          // Case aside, a v11 class name is the enum's words after "Conductor".
          (name) => name === type || name.toUpperCase() === `CONDUCTOR${type.replace(/_/g, '')}`,
        ),
      );
};

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
 * The class names of conductor-node v12's failure to reach Conductor, from the
 * error's own class up to the SDK's base class (a timeout's class,
 * APIConnectionTimeoutError, comes first, below them). The SDK's generator
 * gives every SDK it makes `APIConnectionError` and `APIError` classes; only
 * the base class carries the API's name (`ConductorError` here, `GroqError` or
 * `OpenAIError` elsewhere), so the whole chain must match.
 */
const CONNECTION_FAILURE_CHAIN = ['APIConnectionError', 'APIError', 'ConductorError', 'Error'];

/** The class a timeout adds below the chain. */
const TIMEOUT_CLASS = 'APIConnectionTimeoutError';

/**
 * The class names along a value's prototype chain, as far as a timeout's chain
 * goes. Read from the prototypes only, never from the value itself: an own
 * `constructor` (as JSON can carry, `{"constructor":{"name":"APIConnectionError"}}`)
 * is not looked at, and JSON cannot give an object a prototype.
 */
const classNames = (value: object): unknown[] => {
  const names: unknown[] = [];
  let prototype = guard(() => Object.getPrototypeOf(value));
  while (isObject(prototype) && names.length <= CONNECTION_FAILURE_CHAIN.length) {
    const owner = prototype;
    names.push(guard(() => owner.constructor.name));
    prototype = guard(() => Object.getPrototypeOf(owner));
  }
  return names;
};

/**
 * conductor-node v12's failure to reach Conductor (refused, reset, timed out).
 * No field tells it apart (an APIUserAbortError looks the same), only its
 * classes: read from the prototype chain by name, rather than `instanceof`, so
 * the core stays free of the SDK and works with any copy of it.
 */
export const isConnectionFailure = (layer: unknown): boolean => {
  if (!isObject(layer)) return false;
  const names = classNames(layer);
  if (names[0] === TIMEOUT_CLASS) names.shift();
  return CONNECTION_FAILURE_CHAIN.every((name, index) => names[index] === name);
};
