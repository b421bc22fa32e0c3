import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
const root = '/work/wt/price2/packages/widget/';
const cdn = process.env.CDN ?? root + 'dist/cdn/';
const chromiumConfig = JSON.parse(readFileSync(root + 'test/chromium.json', 'utf8'));
const catalog = readFileSync(root + '../../examples/catalog/catalog.json', 'utf8');
const page = `<!doctype html><html lang="da"><head><meta charset="utf-8"></head><body>
<script type="module" src="/temadag.js"></script>
<temadag-offer offering="dialog-i-udsatte-boligomraader"><script type="application/json">${catalog.replace(/</g, '\\u003c')}</script></temadag-offer></body></html>`;
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const send = (t: string, b: string | Buffer) => { res.writeHead(200, { 'content-type': t, 'cache-control': 'no-store', 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }); res.end(b); };
  if (path === '/') return send('text/html', page);
  const f = path.slice(1);
  if (readdirSync(cdn).includes(f)) return send('text/javascript', readFileSync(cdn + f));
  res.writeHead(404).end();
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumConfig.args });
const tab = await browser.newPage(); await tab.addInitScript('globalThis.__name = (fn) => fn;');
await tab.goto(url);
await tab.waitForFunction(() => document.querySelector('temadag-offer')?.shadowRoot?.querySelector('#participants'));
const cdp = await tab.context().newCDPSession(tab);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 25 });
const run = (n: number) => tab.evaluate(async (n) => {
  const el = document.querySelector('temadag-offer') as any; const root = el.shadowRoot;
  const ch = new MessageChannel(); const next = () => new Promise<void>((r) => { ch.port1.onmessage = () => r(); ch.port2.postMessage(0); });
  const field = root.querySelector('#participants');
  for (let i = 0; i < n; i++) { await next(); field.value = String(21 + (i % 39)); field.dispatchEvent(new Event('input', { bubbles: true, composed: true })); await el.updateComplete; }
}, n);
await run(300);
if (process.env.ALLOC) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 64, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  await run(3000);
  const { profile } = await cdp.send('HeapProfiler.stopSampling') as any;
  const self = new Map<string, number>(); const incl = new Map<string, number>(); let total = 0;
  const walk = (n: any, stack: string[]) => {
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    self.set(k, (self.get(k) ?? 0) + n.selfSize); total += n.selfSize;
    const st = stack.includes(k) ? stack : [...stack, k];
    for (const s of st) incl.set(s, (incl.get(s) ?? 0) + n.selfSize);
    for (const c of n.children) walk(c, st);
  };
  walk(profile.head, []);
  console.log('bytes per update', (total / 3000).toFixed(0));
  console.log('--- self'); for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((t / 3000).toFixed(0).padStart(7), k);
  console.log('--- inclusive'); for (const [k, t] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log((t / 3000).toFixed(0).padStart(7), k);
  await browser.close(); server.close(); process.exit(0);
}
await cdp.send('Profiler.start');
await run(3000);
const { profile } = await cdp.send('Profiler.stop') as any;
const self = new Map<string, number>(); const byId = new Map<number, any>();
for (const n of profile.nodes) byId.set(n.id, n);
const dt = profile.timeDeltas as number[]; const counts = new Map<number, number>();
profile.samples.forEach((s: number, i: number) => counts.set(s, (counts.get(s) ?? 0) + (dt[i + 1] ?? 0)));
// inclusive too
const parent = new Map<number, number>(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (n: any) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
const incl = new Map<string, number>(); let total = 0;
for (const [id, t] of counts) { const n = byId.get(id); self.set(key(n), (self.get(key(n)) ?? 0) + t); if (!/^\((idle|program|garbage)/.test(n.callFrame.functionName)) total += t;
  const seen = new Set<string>(); let cur: number | undefined = id; while (cur !== undefined) { const k = key(byId.get(cur)); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + t); } cur = parent.get(cur); } }
console.log('total non-idle ms', (total / 1000).toFixed(1), 'per update µs', (total / 3000).toFixed(1));
console.log('--- self'); for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((t / 3000).toFixed(2).padStart(7), k);
console.log('--- inclusive'); for (const [k, t] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 70)) console.log((t / 3000).toFixed(2).padStart(7), k);
await browser.close(); server.close();
