import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consoleAssetsDir } from '../src/assets.js';

// The static console as the server serves it (run after `pnpm build`). A bundler that takes a
// module for side-effect free drops the element registrations and leaves an empty script.
describe('the built console', () => {
  const dir = consoleAssetsDir();
  const index = readFileSync(`${dir}index.html`, 'utf8');
  const script = /<script type="module" src="\/admin\/([^"]+)"><\/script>/.exec(index)?.[1];

  it('loads one hashed module script by its absolute path, with no inline script', () => {
    expect(script).toMatch(/^console-[A-Z0-9]+\.js$/);
    expect(index.match(/<script/g)).toHaveLength(1);
    expect(index).not.toMatch(/\sstyle=|<style/);
  });

  it('ships a script that registers the console elements', () => {
    const file = `${dir}${script}`;
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeGreaterThan(10_000);
    const code = readFileSync(file, 'utf8');
    for (const tag of ['temadag-console', 'temadag-console-login', 'temadag-console-inbox']) {
      expect(code).toContain(`"${tag}"`);
    }
  });
});
