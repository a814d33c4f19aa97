/**
 * Text on one line: trimmed, each run of whitespace made one space. A label or
 * menu item wrapped over two lines ('Allow this\n application ...') names the
 * same control as on one line; support details use it too.
 */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
