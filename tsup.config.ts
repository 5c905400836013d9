import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: no Node built-ins, so the same bundle runs in browsers.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
  },
  {
    // The command line and its worker thread (sharing chunks: ESM splitting). They load the library
    // as the bundle above, dist/index.js, so it is neither bundled twice nor loaded twice.
    entry: { cli: 'src/cli.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [
      {
        name: 'cli-imports-the-library-bundle',
        setup(build) {
          build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
            args.importer.endsWith('/src/cli/job.ts') ? { path: './index.js', external: true } : undefined,
          );
        },
      },
    ],
  },
]);
