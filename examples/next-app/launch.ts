// Builds and starts the example the way its users run a Next.js app
// (`next build`, `next start`), with a local stand-in for Conductor's API
// in front of the SDKs. Used by `npm run example:next` and by the end-to-end
// test, so both run the example the same way.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type StandIn, startStandIn } from '../express-react/stand-in/server.js';

const APP_DIR = fileURLToPath(new URL('.', import.meta.url));
const NEXT_BIN = fileURLToPath(new URL('../../node_modules/next/dist/bin/next', import.meta.url));
const LIBRARY_ENTRY = fileURLToPath(new URL('../../dist/server.js', import.meta.url));
/** What `next start` prints once it listens, with the URL it listens on. */
const READY_URL = /Local:\s+(http:\/\/\S+)/;

/** The two bundlers Next.js 16 builds with: Turbopack (`next build`) and webpack (`next build --webpack`). */
export type Bundler = 'turbopack' | 'webpack';
export const BUNDLERS: readonly Bundler[] = ['turbopack', 'webpack'];

/** Each bundler builds into a folder of its own, so both builds can be served side by side. */
export const distDirOf = (bundler: Bundler): string => `.next-${bundler}`;

function nextEnv(bundler: Bundler, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDirOf(bundler), ...extra };
}

/** Output of a child process, kept for the error message when it fails. */
function collect(child: ChildProcess): () => string {
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return () => output;
}

/** Runs `next build` with the bundler; rejects with Next's output when it fails. */
export async function buildNextApp(bundler: Bundler): Promise<void> {
  if (!existsSync(LIBRARY_ENTRY)) {
    throw new Error('The library is not built (dist/ is missing): run `npm run build` at the repository root first.');
  }
  const args = [NEXT_BIN, 'build', ...(bundler === 'webpack' ? ['--webpack'] : [])];
  const child = spawn(process.execPath, args, { cwd: APP_DIR, env: nextEnv(bundler) });
  const output = collect(child);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`next build (${bundler}) failed with exit ${code}:\n${output()}`);
}

/** A running example. */
export interface RunningNextApp {
  /** The app's origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The stand-in the app's SDK calls reach. */
  standIn: StandIn;
  /** Everything `next start` printed so far: the server's logs. */
  output(): string;
  /** Stops `next start` and the stand-in; safe to call twice. */
  close(): Promise<void>;
}

/** Where and how the example runs. */
export interface StartNextAppOptions {
  /** The build to serve (see `buildNextApp`). */
  bundler: Bundler;
  /** The app's port; 0 (the default) picks a free one. */
  port?: number;
  /** Defaults to 127.0.0.1: the demo is for this machine only. */
  host?: string;
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Waits until `next start` prints its URL; rejects with its output when it exits first. */
function readyUrl(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const onData = () => {
      const match = READY_URL.exec(output());
      if (match) {
        child.stdout?.off('data', onData);
        resolve(match[1] as string);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`next start exited with ${code} before it listened:\n${output()}`)));
  });
}

/**
 * Starts the stand-in, answering every call with Conductor's documented
 * QuickBooks Desktop connection error, then `next start` on the build, with
 * the SDKs pointed at the stand-in. If Next cannot start, the stand-in stops.
 */
export async function startNextApp(options: StartNextAppOptions): Promise<RunningNextApp> {
  const host = options.host ?? '127.0.0.1';
  const standIn = await startStandIn({ host });
  standIn.setPlan({ scenario: 'QBD_CONNECTION_ERROR', failures: null });
  const env = nextEnv(options.bundler, {
    CONDUCTOR_BASE_URL: `${standIn.origin}/v1`,
    CONDUCTOR_MOCK_API_SERVER_URL: standIn.origin,
    // A real app reads its key from the environment; the stand-in accepts any.
    CONDUCTOR_SECRET_KEY: 'sk_test_example_key',
    // v11 would otherwise ask the npm registry for updates on every client it builds.
    CONDUCTOR_HIDE_UPDATE_MESSAGE: '1',
  });
  const args = [NEXT_BIN, 'start', '--port', String(options.port ?? 0), '--hostname', host];
  const child = spawn(process.execPath, args, { cwd: APP_DIR, env });
  const output = collect(child);
  // Should this process end without closing (a crash, a failed test run), `next start` ends with it.
  const orphanGuard = () => child.kill();
  process.once('exit', orphanGuard);
  let closing: Promise<void> | undefined;
  const close = () => {
    process.off('exit', orphanGuard);
    closing ??= stop(child).finally(() => standIn.close());
    return closing;
  };
  try {
    return { url: await readyUrl(child, output), standIn, output, close };
  } catch (error) {
    await close();
    throw error;
  }
}
