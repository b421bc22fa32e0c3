// The script-tag build's words loader adds a file's groups to core's catalogue: a group the
// catalogue had keeps its object (temadag.js holds core's Danish `pricing` group, a Proxy the
// offer's body fills in), a new group is added, entries are added or replaced.
import { describe, expect, it } from 'vitest';
import { join } from '../src/cdn-words.js';

describe('join (the words files into core catalogue)', () => {
  it('fills a group the catalogue has in place and adds new groups', () => {
    const pricing = { minimum: 'old' };
    const into: Record<string, Record<string, string>> = { pricing };
    join(into, { pricing: { minimum: 'new', fixed: 'fast' }, inquiry: { send: 'Send' } });
    expect(into['pricing']).toBe(pricing);
    expect(into['pricing']).toEqual({ minimum: 'new', fixed: 'fast' });
    expect(into['inquiry']).toEqual({ send: 'Send' });
  });

  it('keeps a group that is a Proxy the same Proxy', () => {
    const words: Record<string, string> = {};
    const proxy = new Proxy(words, { get: (t, n) => Reflect.get(t, n) ?? '' });
    const into: Record<string, object> = { pricing: proxy };
    join(into, { pricing: { tier: 'trin' } });
    expect(into['pricing']).toBe(proxy);
    expect(words['tier']).toBe('trin');
  });
});
