#!/usr/bin/env node
import { run } from './index.js';

// `temadag offer … | head` closes the pipe early: stop quietly instead of printing a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`temadag: ${error.message}\n`);
  process.exit(1);
});

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`temadag: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
