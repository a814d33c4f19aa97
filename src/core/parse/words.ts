// The parser's word lists, one `Set` per role, all lower case. Each is
// exported for its tests; a word added here is read everywhere at once.

/**
 * Verbs that open an instruction ("Open QuickBooks Desktop", "right-click the
 * icon", "Don't close the Web Connector"). A clause opening with one of them
 * is a step when it starts a sentence, follows punctuation or a line break,
 * or comes after "and"/"then" in a sentence that gave an instruction already.
 */
export const VERBS = new Set([
  'accept',
  'add',
  'allow',
  'ask',
  'authorize',
  'call',
  'change',
  'check',
  'choose',
  'clear',
  'click',
  'compare',
  'close',
  'confirm',
  'connect',
  'contact',
  'copy',
  'create',
  'delete',
  'deselect',
  'disable',
  'disconnect',
  "don't",
  'double-click',
  'download',
  'enable',
  'ensure',
  'enter',
  'exit',
  'expand',
  'find',
  'follow',
  'go',
  'grant',
  'install',
  'keep',
  'launch',
  'leave',
  'locate',
  'move',
  'navigate',
  'open',
  'press',
  'quit',
  'read',
  'reboot',
  'rebuild',
  'reconnect',
  'refresh',
  'reinstall',
  'remove',
  'rename',
  'reopen',
  'repair',
  'restart',
  'restore',
  'review',
  'right-click',
  'run',
  'save',
  'scroll',
  'search',
  'select',
  'set',
  'start',
  'switch',
  'sync',
  'tap',
  'tick',
  'type',
  'uncheck',
  'uninstall',
  'update',
  'upgrade',
  'use',
  'verify',
  'wait',
]);

/**
 * Two-word instructions whose first word alone opens none ("log in as Admin",
 * "make sure QuickBooks is open"): "log" or "turn" by itself is not read as a
 * verb, so "the log shows" or "your turn" stays prose.
 */
export const VERB_PHRASES = new Set([
  'back up',
  'be sure',
  'do not',
  'log in',
  'log back',
  'log into',
  'log out',
  'make sure',
  'sign in',
  'sign back',
  'sign into',
  'sign out',
  'turn off',
  'turn on',
]);

/**
 * Words that open a clause leading into the instruction after it in the same
 * sentence ("If prompted, click OK", "Next, restart the Web Connector", "In
 * the window that opens, click Done"): the clause joins that step.
 */
export const LEADS = new Set([
  'after',
  'before',
  'finally',
  'first',
  'if',
  'in',
  'next',
  'now',
  'on',
  'once',
  'under',
  'when',
  'while',
]);

/** A word skipped before the verb of an instruction ("Please open QuickBooks"). */
export const POLITE = new Set(['please']);

/** Words that open a retry ("Then retry the sync"): after the last step, the outro starts there. */
export const RETRY_WORDS = new Set(['retry']);

/** The last words of a clause opening with "try" that make it a retry ("Try again", "try the sync again later"). */
export const RETRY_ENDINGS = new Set(['again', 'later']);

/**
 * Abbreviations whose period ends no sentence ("e.g. the one on your server",
 * "Acme Inc. servers", "approx. 5 minutes"), written without their last period.
 */
export const ABBREVIATIONS = new Set(['approx', 'e.g', 'etc', 'i.e', 'inc', 'ltd', 'vs']);

/**
 * Abbreviations whose period ends no sentence only before a number ("Invoice
 * No. 1042"): "click No." ends one.
 */
export const NUMBER_ABBREVIATIONS = new Set(['no', 'nos']);

/** Words that join clauses without being part of either ("open it and then log in"). */
export const CONNECTORS = new Set(['and', 'then']);

/**
 * Small words inside a menu name, which is otherwise capitalised ("Chart of
 * Accounts", "Switch to Single-user Mode", "Add an application").
 */
export const SMALL_WORDS = new Set(['&', '&amp;', 'a', 'an', 'and', 'for', 'of', 'or', 'the', 'to', 'with']);

/** Articles, small words that also come before a name ("Open the Edit > Preferences menu"). */
export const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Small words that join two capitalised words of a name ("Users and
 * Passwords", "Users & Passwords") and end it before any other word
 * ("Verify Data and wait for it").
 */
export const CONJUNCTIONS = new Set(['&', '&amp;', 'and', 'or']);

/**
 * Words that come after a menu name and are never part of it ("Edit >
 * Preferences menu", "... in the top menu bar", "... from the drop-down
 * list", "... in QuickBooks"): the last item of a path ends before them.
 */
export const MENU_FOLLOWERS = new Set([
  'at',
  'button',
  'dialog',
  'from',
  'in',
  'menu',
  'on',
  'option',
  'tab',
  'then',
  'window',
]);

/**
 * Words just before a lower-case path ("go to edit > preferences"): an
 * all-lower-case path is read only after one of them, so "if the balance is >
 * 0" is none.
 */
export const NAVIGATION_WORDS = new Set(['choose', 'click', 'open', 'select', 'to']);
