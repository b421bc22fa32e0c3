// <temadag-offer>'s layout at 1280 and 360 px: the width is used (price beside the controls and
// the programme), and no word of the programme, the breakdown or the choices breaks inside
// itself: each word's rendered boxes (Range.getClientRects) stand on one line.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemadagOffer } from '../../src/offer/offer.js';
import { $, $$, BORGER, click, exampleInput, mount } from './offer.fixtures.js';

before(async () => {
  await import('../../src/define.js');
});

after(async () => {
  await setViewport({ width: 800, height: 600 });
});

/** The words of an element's text, each with the lines its boxes stand on. */
function wordLines(root: Element): { word: string; lines: number }[] {
  const words: { word: string; lines: number }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    // A word ends at white space and after a dash or slash, where lines may break anyway.
    for (const match of text.matchAll(/[^\s\u00a0/‐–—-]+[/‐–—-]?|[/‐–—-]/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      // One line box per distinct top (a word's glyph runs on one line share it).
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      words.push({ word: match[0], lines: tops.size });
    }
  }
  return words;
}

/** The words shown on more than one line, with where they are. */
function brokenWords(el: TemadagOffer, selectors: string[]): string[] {
  return selectors.flatMap((selector) =>
    $$(el, selector).flatMap((part) =>
      wordLines(part)
        .filter((w) => w.lines > 1)
        .map((w) => `${selector}: ${w.word} (${w.lines} lines)`),
    ),
  );
}

const WORDS = ['.agenda-list li', '.breakdown tbody tr', '.choice label', '.focus li'];

/** Every design that changes the programme's words: both formats, with and without add-ons. */
async function eachProgramme(el: TemadagOffer, check: (what: string) => void): Promise<void> {
  for (const format of ['#format-halv', '#format-hel']) {
    await click(el, format);
    check(format);
    for (const box of $$<HTMLInputElement>(el, '.choice input[type="checkbox"]')) {
      if (!box.checked && !box.disabled) box.click();
    }
    await el.updateComplete;
    check(`${format} with every add-on`);
    for (const box of $$<HTMLInputElement>(el, '.choice input[type="checkbox"]:checked')) {
      box.click();
    }
    await el.updateComplete;
  }
}

describe('<temadag-offer> at 1280 px', () => {
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('puts the price beside the shaping controls and the programme', async () => {
    const el = await mount('temadag-offer', { catalog: await exampleInput() });
    const shaping = $(el, '.shaping').getBoundingClientRect();
    const price = $(el, '.price').getBoundingClientRect();
    const agenda = $(el, '.agenda').getBoundingClientRect();
    expect(price.left, 'price right of the shaping controls').to.be.greaterThan(shaping.right);
    expect(price.left, 'price right of the programme').to.be.greaterThan(agenda.right);
    expect(agenda.width, 'the programme has room').to.be.greaterThan(600);
    expect(getComputedStyle($(el, '.offer')).hyphens).to.equal('auto');
    expect($(el, '.offer').lang).to.equal('da');
  });

  it('breaks no word of the programme, the breakdown or the choices inside itself (da and en)', async () => {
    for (const [offering, lang] of [
      [undefined, 'da'],
      [BORGER, 'da'],
      [undefined, 'en'],
    ] as const) {
      const attrs: Record<string, string> = { lang };
      if (offering) attrs.offering = offering;
      const el = await mount('temadag-offer', { catalog: await exampleInput(), attrs });
      $<HTMLDetailsElement>(el, '.breakdown').open = true;
      const broken: string[] = [];
      await eachProgramme(el, (what) => {
        for (const w of brokenWords(el, WORDS)) broken.push(`${lang} ${what} ${w}`);
      });
      expect(broken).to.deep.equal([]);
      el.remove();
    }
  });

  it('finds a word broken inside itself (the check can fail)', async () => {
    const el = await mount('temadag-offer', { catalog: await exampleInput() });
    const what = $(el, '.agenda-list .what');
    // A column far too narrow for the word, as the old layout made it, with breaking allowed.
    what.style.setProperty('width', '40px');
    what.style.setProperty('overflow-wrap', 'anywhere');
    what.textContent = 'samarbejdsrelationer';
    expect(brokenWords(el, ['.agenda-list li'])).to.have.length(1);
  });
});

describe('<temadag-offer> at 360 px', () => {
  beforeEach(async () => {
    await setViewport({ width: 360, height: 640 });
  });

  it('stacks in one column and breaks no word of the programme inside itself', async () => {
    const el = await mount('temadag-offer', { catalog: await exampleInput() });
    const shaping = $(el, '.shaping').getBoundingClientRect();
    const price = $(el, '.price').getBoundingClientRect();
    expect(price.top).to.be.at.least(shaping.bottom);
    expect(el.getBoundingClientRect().width).to.be.at.most(360);
    $<HTMLDetailsElement>(el, '.breakdown').open = true;
    const broken: string[] = [];
    await eachProgramme(el, (what) => {
      for (const w of brokenWords(el, WORDS)) broken.push(`${what} ${w}`);
    });
    expect(broken).to.deep.equal([]);
    // Nothing wider than the viewport (1.4.10 Reflow).
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
  });
});
