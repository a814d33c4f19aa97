// Which category an error record belongs to, and whether a record is a
// Conductor error at all.

import { CONDUCTOR_ERROR_TYPES, type ConductorErrorSeverity, type ConductorErrorType } from '../types.js';
import { readText } from './read.js';

/**
 * The name of conductor-node v11's class for an API type:
 * INTEGRATION_CONNECTION_ERROR is ConductorIntegrationConnectionError.
 */
function v11ClassName(type: ConductorErrorType): string {
  const words = type.toLowerCase().split('_');
  return `Conductor${words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('')}`;
}

/**
 * conductor-node v11 sets `type` to the class name; each class stands for one
 * API type. After a JSON round trip only this string is left of the class.
 * ConductorUnknownError is v11's fallback class: its name says nothing, so its
 * `rawType` decides, and it is left out here.
 */
const V11_CLASS_TYPES: ReadonlyMap<string, ConductorErrorType> = new Map(
  CONDUCTOR_ERROR_TYPES.filter((type) => type !== 'UNKNOWN_ERROR').map((type) => [v11ClassName(type), type]),
);

/** The type a `type` or `rawType` string names: an API enum value (wire shape, v12), one of our own, or a v11 class name. */
function typeFromName(name: string | undefined): ConductorErrorType | undefined {
  return CONDUCTOR_ERROR_TYPES.find((type) => type === name) ?? V11_CLASS_TYPES.get(name ?? '');
}

/**
 * The category of an error record. `type` first: the API enum on the wire, the
 * class name in v11 (a backend may forward only `type`, not `rawType`). Then
 * `rawType`, where v11 keeps the API enum; it decides for v11's fallback class
 * ConductorUnknownError, whose name says nothing. `undefined` when neither
 * names a category we know: an API type newer than this library, say.
 */
export function readErrorType(record: unknown): ConductorErrorType | undefined {
  return typeFromName(readText(record, 'type')) ?? typeFromName(readText(record, 'rawType'));
}

/**
 * Whether a record is recognisably a Conductor error, rather than any other
 * error that happens to sit in the same place. Any one of these is enough:
 * - a non-blank `userFacingMessage`: Conductor sends one with every error, and
 *   no other common error shape has the field;
 * - a `type` or `rawType` we know, or a v11 class name;
 * - a `code` together with a `requestId`, as a log line or a trimmed-down
 *   error forwarded by a backend may carry them without the text.
 * A lone `message` is never enough: every JavaScript error has one.
 */
export function isConductorRecord(record: unknown): boolean {
  return (
    readText(record, 'userFacingMessage') !== undefined ||
    readErrorType(record) !== undefined ||
    (readText(record, 'code') !== undefined && readText(record, 'requestId') !== undefined)
  );
}

/** `'warning'` exactly for errors only the end user can fix on their own PC, as Conductor's docs advise. */
export function severityOf(type: ConductorErrorType): ConductorErrorSeverity {
  return type === 'INTEGRATION_CONNECTION_ERROR' ? 'warning' : 'error';
}
