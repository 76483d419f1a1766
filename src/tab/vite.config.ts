import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The meeting panel's build: src/tab/ (plain TypeScript and CSS, @microsoft/teams-js) into
 * dist/tab/, served by the bot's server at /tab. Hashed assets, so they can be cached for good.
 */
const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/tab/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/tab', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // No source maps: the sources are in the repository, and the bundle stays small.
    sourcemap: false,
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        config: fileURLToPath(new URL('config.html', import.meta.url)),
      },
    },
  },
});
