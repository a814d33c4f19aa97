// `npm run example:next`: builds the example with Turbopack (the npm script
// builds the library first), starts the stand-in for Conductor's API and
// `next start`, prints the URL, and stops everything on Ctrl+C.
import { buildNextApp, startNextApp } from './launch.js';

/** The port a person gets when it is free; any free port otherwise. */
const PREFERRED_PORT = Number(process.env.PORT ?? 3005);

console.log('Building the Next.js example (Turbopack)…');
await buildNextApp('turbopack');
const app = await startNextApp({ bundler: 'turbopack', port: PREFERRED_PORT }).catch(() => {
  console.warn(`Port ${PREFERRED_PORT} is taken; using a free one.`);
  return startNextApp({ bundler: 'turbopack', port: 0 });
});
console.log(`\nNext.js example: ${app.url}/`);
console.log(`Conductor stand-in: ${app.standIn.origin}/v1`);
console.log('Press Ctrl+C to stop.');

const stop = () => {
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
