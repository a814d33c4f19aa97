// The example as a Next.js app configures itself, plus what the repository
// needs: both bundlers build into their own folder (NEXT_DIST_DIR), so the
// end-to-end test can build and serve each; the package is found through the
// repository root's node_modules (npm workspaces), so that root is Next's root.
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const config: NextConfig = {
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  turbopack: { root: REPOSITORY_ROOT },
  outputFileTracingRoot: REPOSITORY_ROOT,
  // `next start` reads no file traces (only deployments that copy the server's
  // files do): tracing none spares webpack builds 10 to 25 s of the e2e test.
  outputFileTracingExcludes: { '*': ['**/*'] },
  // The SDKs run on the server only and need no bundling: quicker builds.
  serverExternalPackages: ['conductor-node', 'conductor-node-v11'],
  // The repository's `npm run typecheck` checks this app; Next's own check
  // would need TypeScript's JavaScript API, which TypeScript 7 does not have.
  typescript: { ignoreBuildErrors: true },
  experimental: { useTypeScriptCli: true },
};

export default config;
