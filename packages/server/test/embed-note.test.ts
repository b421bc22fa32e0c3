// The embed page in a frame of fixed height (the documented 900 px iframe without the host
// page's resize script): its first lines say that the script is missing and link to the full
// offer in a new tab; the page's own script hides that note once it is not needed.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { EMBED_SCRIPT, embedPage } from '../src/pages.js';
import { catalog } from './helpers.js';

const offering = catalog.offerings[0]!;

/** Runs the embed script in a fake frame of the given height; returns the note and controls. */
function frame(options: { framed: boolean; height: number; content: number }) {
  const note = { hidden: false };
  const listeners: Record<string, (() => void)[]> = {};
  const posted: number[] = [];
  const win = {
    innerHeight: options.height,
    parent: undefined as unknown,
    addEventListener: (type: string, fn: () => void) => (listeners[type] ??= []).push(fn),
  };
  win.parent = options.framed
    ? { postMessage: (data: { height: number }) => posted.push(data.height) }
    : win;
  const document = {
    getElementById: (id: string) => (id === 'temadag-frame-note' ? note : null),
    body: {
      getAttribute: () => offering.id,
      getBoundingClientRect: () => ({ height: options.content }),
    },
    documentElement: { scrollHeight: options.content },
    addEventListener: (type: string, fn: () => void) => (listeners[type] ??= []).push(fn),
  };
  const timers: (() => void)[] = [];
  runInNewContext(EMBED_SCRIPT, {
    window: win,
    document,
    Math,
    setTimeout: (fn: () => void) => timers.push(fn),
  });
  const fire = (type: string) => listeners[type]?.forEach((fn) => fn());
  return { note, posted, win, fire, timers };
}

describe('the embed page in a frame of fixed height', () => {
  it('starts with a note that the resize script is needed and a link to the full offer', () => {
    for (const locale of ['da', 'en'] as const) {
      const html = embedPage({ catalog, offering, locale });
      const body = html.slice(html.indexOf('<body'));
      // The note comes first in the body, before the offer: in the frame's first screen.
      expect(body.indexOf('id="temadag-frame-note"')).toBeLessThan(body.indexOf('<temadag-offer'));
      const note = /<p class="temadag-frame-note"[^>]*>([\s\S]*?)<\/p>/.exec(body)![1]!;
      expect(note).toMatch(locale === 'da' ? /script til automatisk højde/ : /auto-height script/);
      const href = `/embed/${offering.id}${locale === 'en' ? '?lang=en' : ''}`;
      expect(note).toContain(`<a href="${href}" target="_blank" rel="noopener">`);
    }
  });

  it('keeps the note in a 900 px frame that nobody resizes', () => {
    const f = frame({ framed: true, height: 900, content: 4000 });
    f.fire('load');
    f.fire('temadag-ready');
    f.timers.forEach((fn) => fn());
    expect(f.posted).toContain(4000);
    expect(f.note.hidden).toBe(false);
  });

  it("hides it once the host page's resize script sets the frame to the posted height", () => {
    const f = frame({ framed: true, height: 900, content: 4000 });
    expect(f.posted).toEqual([4000]);
    f.win.innerHeight = 4000; // what the documented script does with the message
    f.fire('resize');
    expect(f.note.hidden).toBe(true);
  });

  it('hides it when the page is not in a frame, or when the content fits the frame', () => {
    expect(frame({ framed: false, height: 900, content: 4000 }).note.hidden).toBe(true);
    const f = frame({ framed: true, height: 900, content: 600 });
    f.fire('temadag-ready');
    f.timers.forEach((fn) => fn());
    expect(f.note.hidden).toBe(true);
  });
});
