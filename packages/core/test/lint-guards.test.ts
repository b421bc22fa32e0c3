import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/non-exhaustive-switch.ts', import.meta.url));

describe('lint guards', () => {
  it('reports a switch over a union that hides a missing member in `default`', async () => {
    // The fixture sits outside the globs of the type-aware block, so lint it as if it were a
    // package source file: same config, same rule, same options.
    const eslint = new ESLint({ cwd: root, ignore: false });
    const config = await eslint.calculateConfigForFile('packages/core/src/pricing.ts');
    const rule = config.rules['@typescript-eslint/switch-exhaustiveness-check'];
    expect(rule?.[0]).toBe(2);

    const checker = new ESLint({
      cwd: root,
      ignore: false,
      overrideConfigFile: true,
      overrideConfig: {
        files: ['**/*.ts'],
        languageOptions: {
          parser: config.languageOptions.parser,
          // The fixture is in no tsconfig: a default project of its own keeps this quick.
          parserOptions: {
            projectService: { allowDefaultProject: ['packages/core/test/fixtures/*.ts'] },
            tsconfigRootDir: root,
          },
        },
        plugins: { '@typescript-eslint': config.plugins['@typescript-eslint'] },
        rules: { '@typescript-eslint/switch-exhaustiveness-check': rule },
      },
    });
    const [result] = await checker.lintFiles([fixture]);
    const messages = result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/switch-exhaustiveness-check: .*travel/);
  }, 60_000);
});
