#!/usr/bin/env node
// `pnpm bench`: runs every package's benchmark one after the other (so they do not compete
// for the two cores) and prints their figures as one table, with the machine and the date.
// Each package bench prints a markdown table; this script collects its rows.
import { spawnSync } from 'node:child_process';
import os from 'node:os';

const packages = ['core', 'pdf', 'widget', 'server'];
const rows = [];
let failed = false;

for (const name of packages) {
  process.stderr.write(`\n== @temadag/${name}: pnpm run bench\n`);
  const result = spawnSync('pnpm', ['--filter', `@temadag/${name}`, 'run', 'bench'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: process.env,
  });
  process.stderr.write(result.stdout ?? '');
  if (result.status !== 0) {
    failed = true;
    rows.push([name, 'bench failed', `exit ${result.status}`, '', '']);
    continue;
  }
  for (const line of (result.stdout ?? '').split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells[0] === 'figure' || /^:?-+:?$/.test(cells[0] ?? '')) continue;
    rows.push([name, cells[0] ?? '', cells[1] ?? '', cells[2] ?? '', cells[3] ?? '']);
  }
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `\n# Temadag benchmarks — ${new Date().toISOString()} — node ${process.version}, ${cpu} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB\n`,
);
console.log('| package | figure | value | target | |');
console.log('|---|---|---:|---:|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
process.exitCode = failed ? 1 : 0;
