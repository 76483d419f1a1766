#!/usr/bin/env node
// Thin launcher so `npx samrad` runs the compiled CLI (built by `npm install` through the prepare script).
import { runCli } from '../dist/cli/main.js';

// A reader that stops early (`samrad meeting list | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2));
