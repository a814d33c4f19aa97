// The words the parser consults. Every list names the real shape of remediation
// text it serves, so a wrong split can be traced back to one rule. Each list is
// written as one space-separated string, split once when the module loads: in
// the bundle that costs a fraction of an array of quoted strings.

/** A word list as a set, from its space-separated spelling. */
function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

/**
 * Verbs that make a clause an instruction when they open it. Conductor's own
 * messages use open / navigate / click / select / ensure; the others come from
 * QuickBooks Desktop and Web Connector help texts ("restart the Web Connector",
 * "wait 2 minutes", "don't close QuickBooks"). "try" is here for "Try restarting
 * your computer"; "try again" is caught earlier as the closing retry sentence.
 */
export const IMPERATIVE_VERBS = wordSet(
  'open reopen close quit exit navigate go click double-click right-click tap select choose pick ensure check ' +
    'uncheck tick untick enable disable toggle restart start launch run wait enter re-enter type press switch confirm ' +
    'verify update upgrade install reinstall uninstall download allow grant set change remove delete add save contact ' +
    'ask keep find locate expand follow use return mark clear reset rebuild repair connect reconnect authorize ' +
    "reauthorize re-authorize approve accept provide unlock copy paste visit review refresh reboot try do don't don’t " +
    'never avoid',
);

/**
 * Verbs that are instructions only together with their particle, because alone
 * they are usually nouns or need more: "log in as Admin", "sign in to your Intuit
 * account", "make sure QuickBooks is open", "back up the company file". Each
 * entry is the verb followed by its particles.
 */
export const PHRASAL_VERBS: ReadonlyMap<string, readonly string[]> = new Map(
  'log in into on out off,sign in into on out,make sure,turn on off,back up,shut down'.split(',').map((entry) => {
    const [verb = '', ...particles] = entry.split(' ');
    return [verb, particles];
  }),
);

/** Words that chain clauses without meaning of their own (", then click 'OK'", "and then restart"): a step drops them in front. */
export const CONNECTORS = wordSet('and then');

/** Politeness in front of the verb ("Please open QuickBooks"): skipped when looking for the verb, kept in the step. */
export const POLITE_WORDS = wordSet('please kindly');

/** Words that open a condition for the instruction after them ("If prompted, click 'Yes'"): the clause joins that step. */
export const CONDITION_WORDS = wordSet('if when whenever once after before while unless until');

/** One-word lead-ins ("First, close QuickBooks", "Next, click 'OK'"): as a clause of their own they join the next step. */
export const SEQUENCE_WORDS = wordSet(
  'first next finally lastly afterwards afterward now second third also otherwise alternatively',
);

/** Verbs that alone make the closing retry sentence ("Then retry the sync."), which starts the outro. */
export const RETRY_VERBS = wordSet('retry re-try');

/** With "try", these words make a retry sentence ("Then try again.", "Please try again later."), not a step. */
export const RETRY_MARKERS = wordSet('again later');

/** Abbreviations whose period never ends a sentence ("(e.g. the file on your server)"). */
export const ABBREVIATIONS = wordSet('e.g i.e eg ie cf vs approx incl esp');

/** Abbreviations that end a sentence only when a capital follows ("Close Outlook, Excel, etc. Then open QuickBooks."). */
export const SENTENCE_FINAL_ABBREVIATIONS = wordSet('etc');

/** Small words inside menu names written without quotes ("Lists > Chart of Accounts", "Set Up Users and Passwords"). */
export const MENU_JOINERS = wordSet('of and & or the');

/**
 * The length of the longest word above, "alternatively". A longer word cannot
 * match any list, so look-ups skip it without copying it: a text may be one
 * huge "word". test/unit/parse-lexicon.test.ts parses every listed word.
 */
export const LONGEST_LEXICON_WORD = 13;
