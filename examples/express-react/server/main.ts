// `npm run example`: builds the front end, starts the stand-in and the server,
// prints the URL, and stops everything on Ctrl+C.
import { buildFrontEnd, startExample } from './start.js';

/** The port a person gets when it is free; any free port otherwise. */
const PREFERRED_PORT = Number(process.env.PORT ?? 5175);

async function main(): Promise<void> {
  console.log('Building the example front end…');
  const staticDir = await buildFrontEnd();
  const example = await startExample({ staticDir, port: PREFERRED_PORT }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.warn(`Port ${PREFERRED_PORT} is taken; using a free one.`);
    return startExample({ staticDir, port: 0 });
  });
  console.log(`\nExample app: ${example.url}`);
  console.log(`Conductor stand-in: ${example.standIn.origin}/v1`);
  console.log('Press Ctrl+C to stop.');

  const stop = () => {
    example.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
