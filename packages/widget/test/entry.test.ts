// The npm entry points in Node: importing them touches no window; only ./define registers.
import { describe, expect, it } from 'vitest';

describe('@temadag/widget entry points', () => {
  it('import without a window, and only define registers the tags', async () => {
    const registry = () =>
      (globalThis as { customElements?: CustomElementRegistry }).customElements;
    const widget = await import('../src/index.js');
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    expect(registry()?.get('temadag-offer')).toBeUndefined();
    expect(registry()?.get('temadag-catalog')).toBeUndefined();
    await import('../src/define.js');
    expect(registry()?.get('temadag-offer')).toBe(widget.TemadagOffer);
    expect(registry()?.get('temadag-catalog')).toBe(widget.TemadagCatalog);
    expect(registry()?.get('temadag-inquiry')).toBe(widget.TemadagInquiry);
  });
});
