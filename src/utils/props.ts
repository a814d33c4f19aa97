// Props that reach the DOM or a child component are read defensively: from
// plain JavaScript (or a JSON config) they can be of any type, and React
// throws on an object as a text child and warns on it as an attribute. A prop
// meant as text is read with the core's `filled` (a non-blank string, else
// `undefined`, so the built-in default applies).

import { guard } from '../core/normalize/read.js';

/**
 * A prop meant as an object of props to spread onto a child (`fixStepsProps`):
 * a copy of a non-array object's own fields, else `{}`. Copied here because
 * spreading a string gives one prop per character, and spreading a Proxy whose
 * traps throw would throw during render.
 */
export const propsObject = <T extends object>(value: T | undefined): Partial<T> =>
  (typeof value === 'object' && value !== null && guard(() => (Array.isArray(value) ? undefined : { ...value }))) || {};
