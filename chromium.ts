// One place that finds the system Chromium and says how to launch it, shared by
// Vitest's browser project, Storybook's story tests, the end-to-end test and the
// scripts, so every launch uses the same flags.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', 'google-chrome'];

/** Thrown when no Chromium is installed: tests must fail loudly, never skip. */
export class ChromiumNotFoundError extends Error {
  constructor(tried: string[]) {
    super(
      `No Chromium found (tried ${tried.join(', ')}). Install Debian's Chromium with ` +
        '`apt-get update && apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
    this.name = 'ChromiumNotFoundError';
  }
}

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The Chromium binary to use: `CHROMIUM_PATH`, else the usual system locations. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new ChromiumNotFoundError([`CHROMIUM_PATH=${fromEnv}`]);
  }
  for (const candidate of CANDIDATES) {
    const found = candidate.startsWith('/') ? (existsSync(candidate) ? candidate : undefined) : onPath(candidate);
    if (found) return found;
  }
  throw new ChromiumNotFoundError(CANDIDATES);
}

/**
 * Flags for a headless Chromium on a closed network: without the
 * background-networking flags Chromium floods the network with refused connections.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Playwright `launchOptions` for the system Chromium. */
export function chromiumLaunchOptions(): { executablePath: string; args: string[]; headless: true } {
  return { executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true };
}
