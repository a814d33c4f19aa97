// How fast parseFixSteps is, measured on the built core (dist/core.js, as an
// app would import it). Prints figures and asserts nothing: speed is reported
// here, never tested. Run `npm run build` first.
//
// Figures:
// - median time to parse Conductor's seed message (tinybench);
// - throughput on a megabyte of realistic remediation text;
// - the time to parse 1 MB divided by the time for 100 kB: about 10 when the
//   parse is linear, about 100 if it were quadratic; for prose, and for a
//   list written one item per line;
// - the time for one 8 MB clause with no punctuation (which once overflowed
//   the stack).
import { existsSync } from 'node:fs';
import { Bench } from 'tinybench';

const CORE = new URL('../dist/core.js', import.meta.url);
if (!existsSync(CORE)) {
  console.error('dist/core.js is missing: run npm run build first.');
  process.exit(1);
}
const { normalizeConductorError, parseFixSteps } = await import(CORE.href);

/** Conductor's documented QBD connection error, as the API sends it. */
const SEED =
  'We could not connect to QuickBooks Desktop because we must re-authorize our connection. To fix this, ' +
  "open QuickBooks Desktop, log in as Admin, navigate to 'Edit > Preferences > Integrated Applications', " +
  "click 'Company Preferences', select our app, click 'Properties...', ensure 'Allow this application to " +
  "log in automatically' is checked, then click 'OK'. Then try again.";

/**
 * Other prose shapes the parser reads, so the large text is not one message
 * repeated. No lists: the first list in a text would make the whole megabyte
 * three giant steps, which no message looks like.
 */
const OTHER_SHAPES = [
  'QuickBooks Desktop is not running. Please open QuickBooks Desktop and the company file, then try again.',
  'The Web Connector is not running. To fix this: open the Web Connector; make sure “Auto-Run” is checked; then click "Update Selected".',
  'Close QuickBooks Desktop and then reopen it as Admin. Go to Edit → Preferences → Integrated Applications. Then retry the sync.',
  'If you are asked to allow access, choose "Yes, always; allow access even if QuickBooks is not running". Try again.',
  'Choose File > Switch to Single-user Mode, e.g. from the menu bar, then click **OK** and `Done`. Update to release R5.',
];

/** Items of a list written one per line, bullets and numbers mixed with menu paths and labels. */
const LIST_ITEMS = [
  '- Go to **Edit > Preferences** in the top menu bar.',
  "- In the window that opens, click 'Company Preferences', then select Acme Sync.",
  '- Choose File > Utilities > Verify Data and wait for it to finish. It may take a minute.',
];

const UNIT = [SEED, ...OTHER_SHAPES].join(' ');

/** Realistic remediation text of at least `chars` characters. */
function textOf(chars) {
  return `${UNIT} `.repeat(Math.ceil(chars / (UNIT.length + 1)));
}

const LIST_UNIT = LIST_ITEMS.join('\n');

/** A list of at least `chars` characters, after an intro line. */
function listOf(chars) {
  return `To reconnect:\n${`${LIST_UNIT}\n`.repeat(Math.ceil(chars / (LIST_UNIT.length + 1)))}Then try again.`;
}

/**
 * Median time, in milliseconds, to parse each of `texts`, over `runs` rounds.
 * Each round parses every text once, so a busy machine slows all of them
 * alike and the ratio between them stays fair.
 */
function medianParseTimes(texts, runs) {
  for (const text of texts) parseFixSteps(text);
  const times = texts.map(() => []);
  for (let round = 0; round < runs; round++) {
    texts.forEach((text, index) => {
      const start = performance.now();
      parseFixSteps(text);
      times[index].push(performance.now() - start);
    });
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
}

const megabytes = (text) => Buffer.byteLength(text, 'utf8') / 1_000_000;

console.log(`parseFixSteps and normalizeConductorError from dist/core.js on Node ${process.version}`);

const bench = new Bench({ time: 1000 });
bench.add('seed message', () => parseFixSteps(SEED));
// normalize runs on every render of every alert: a slow path here (a thrown and
// caught error per field once made it 50 times slower) shows in mount time.
const ENVELOPE = {
  error: { type: 'INTEGRATION_CONNECTION_ERROR', code: 'QBD_CONNECTION_ERROR', userFacingMessage: SEED },
};
bench.add('normalize envelope', () => normalizeConductorError(ENVELOPE));
// What axios throws around the same body: the record is the fourth layer the normaliser looks at.
const AXIOS_LIKE = Object.assign(new Error('Request failed with status code 502'), {
  response: { status: 502, headers: { 'conductor-request-id': 'req_1' }, data: ENVELOPE },
});
bench.add('normalize axios-like error', () => normalizeConductorError(AXIOS_LIKE));
await bench.run();
const normalizeResult = bench.tasks[1]?.result;
const axiosResult = bench.tasks[2]?.result;
const seedResult = bench.tasks[0]?.result;
if (!seedResult || !('latency' in seedResult)) {
  console.error('tinybench gave no result for the seed message.');
  process.exit(1);
}
const seedSteps = parseFixSteps(SEED).steps.length;
console.log(
  `Seed message (${SEED.length} characters, ${seedSteps} steps): median ${(seedResult.latency.p50 * 1000).toFixed(1)} µs ` +
    `per parse over ${seedResult.latency.samplesCount} runs`,
);

if (normalizeResult && 'latency' in normalizeResult) {
  console.log(
    `normalizeConductorError on the seed's {error} envelope: median ${(normalizeResult.latency.p50 * 1000).toFixed(2)} µs`,
  );
}
if (axiosResult && 'latency' in axiosResult) {
  console.log(
    `normalizeConductorError on an axios-like error around it: median ${(axiosResult.latency.p50 * 1000).toFixed(2)} µs`,
  );
}

const large = textOf(1_000_000);
const small = textOf(100_000);
const [largeTime, smallTime] = medianParseTimes([large, small], 21);
const largeSteps = parseFixSteps(large).steps.length;
console.log(
  `Large text (${megabytes(large).toFixed(2)} MB, ${largeSteps} steps): median ${largeTime.toFixed(1)} ms, ` +
    `throughput ${(megabytes(large) / (largeTime / 1000)).toFixed(1)} MB/s`,
);
console.log(
  `1 MB against 100 kB: ${largeTime.toFixed(1)} ms / ${smallTime.toFixed(2)} ms = ratio ` +
    `${(largeTime / smallTime).toFixed(1)} for ${(large.length / small.length).toFixed(1)} times the text ` +
    '(linear is about 10)',
);

const largeList = listOf(1_000_000);
const smallList = listOf(100_000);
const [largeListTime, smallListTime] = medianParseTimes([largeList, smallList], 11);
console.log(
  `List, one item per line (${parseFixSteps(largeList).steps.length} steps in 1 MB): 1 MB against 100 kB: ` +
    `${largeListTime.toFixed(1)} ms / ${smallListTime.toFixed(2)} ms = ratio ${(largeListTime / smallListTime).toFixed(1)} ` +
    `for ${(largeList.length / smallList.length).toFixed(1)} times the text`,
);

const clause = `Open ${'the company file '.repeat(500_000)}`;
const clauseStart = performance.now();
const clauseSteps = parseFixSteps(clause).steps.length;
console.log(
  `One ${megabytes(clause).toFixed(1)} MB clause with no punctuation: ${(performance.now() - clauseStart).toFixed(0)} ms, ` +
    `${clauseSteps} step`,
);
