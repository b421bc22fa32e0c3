// <temadag-offer>: no globals, several instances, hostile page CSS, no inline styles,
// accessibility, clean-up on disconnect.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemadagOffer } from '../../src/offer/offer.js';
import {
  $,
  $$,
  BORGER,
  CATALOG_URL,
  DIALOG,
  click,
  container,
  exampleCatalog,
  exampleInput,
  input,
  mount,
  panel,
  text,
} from './offer.fixtures.js';

// Lit's own version registries, the only globals a Lit element may add.
const LIT_GLOBALS = ['litElementVersions', 'litHtmlVersions', 'reactiveElementVersions'];
let globalsAdded: string[] = [];

before(async () => {
  const before = new Set(Object.getOwnPropertyNames(window));
  await import('../../src/define.js');
  globalsAdded = Object.getOwnPropertyNames(window).filter((name) => !before.has(name));
});

describe('<temadag-offer> on a page', () => {
  it('adds no globals of its own and registers its tags through define only', () => {
    expect(globalsAdded.filter((name) => !LIT_GLOBALS.includes(name))).to.deep.equal([]);
    expect(customElements.get('temadag-offer')).to.be.a('function');
    expect(customElements.get('temadag-catalog')).to.be.a('function');
    expect(customElements.get('temadag-inquiry')).to.be.a('function');
  });

  it('renders in an open shadow root with adopted stylesheets and no inline style attributes or elements', async () => {
    const styleElements = document.querySelectorAll('style').length;
    const el = await mount('temadag-offer', {
      catalog: await exampleInput(),
      attrs: { endpoint: '/api/inquiries' },
    });
    expect(el.shadowRoot).to.be.instanceOf(ShadowRoot);
    expect(el.shadowRoot!.mode).to.equal('open');
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    const all = (root: ShadowRoot): Element[] =>
      [...root.querySelectorAll('*')].flatMap((e) =>
        e.shadowRoot ? [e, ...all(e.shadowRoot)] : [e],
      );
    const everything = all(el.shadowRoot!);
    expect(everything.filter((e) => e.hasAttribute('style')).map((e) => e.outerHTML)).to.deep.equal(
      [],
    );
    expect(everything.filter((e) => e.localName === 'style')).to.deep.equal([]);
    expect(document.querySelectorAll('style').length).to.equal(styleElements);
    expect(el.shadowRoot!.querySelector('temadag-inquiry')!.shadowRoot).to.be.instanceOf(
      ShadowRoot,
    );
  });

  it('runs two instances independently on one page', async () => {
    const catalog = await exampleCatalog();
    const a = await mount('temadag-offer', { catalog });
    const b = await mount('temadag-offer', { catalog, attrs: { offering: BORGER, lang: 'en' } });
    const c = await mount('temadag-offer', { attrs: { src: CATALOG_URL } });
    const changes = { a: 0, b: 0, c: 0 };
    a.addEventListener('temadag-change', () => changes.a++);
    b.addEventListener('temadag-change', () => changes.b++);
    c.addEventListener('temadag-change', () => changes.c++);
    const bBefore = panel(b).subtotal;
    const cBefore = panel(c).subtotal;
    await input(a, '#participants', '50');
    await click(a, '#format-hel');
    expect(a.selection).to.deep.include({ participants: 50, format: 'hel' });
    expect(b.selection).to.deep.include({ offering: BORGER, participants: 20, format: 'halv' });
    expect(c.selection).to.deep.include({ offering: DIALOG, participants: 25, format: 'halv' });
    expect(panel(b).subtotal).to.equal(bBefore);
    expect(panel(c).subtotal).to.equal(cBefore);
    expect(changes).to.deep.equal({ a: 2, b: 0, c: 0 });
    expect(text($(b, '.shaping h3'))).to.equal('Shape the theme day');
    expect(text($(a, '.shaping h3'))).to.equal('Sammensæt temadagen');
    // The same ids in each shadow root, each label still bound to its own field.
    $(b, 'label[for="participants"]').click();
    expect(b.shadowRoot!.activeElement).to.equal($(b, '#participants'));
    expect(a.shadowRoot!.activeElement).to.equal(null);
  });
});

describe('<temadag-offer> under hostile page CSS', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.dataset.test = '';
    style.textContent = `
      *, *::before, *::after { display: inline !important; color: red !important;
        font-size: 3px !important; line-height: 1px !important; letter-spacing: 9px !important;
        text-transform: uppercase !important; text-align: right !important; visibility: visible !important;
        box-sizing: content-box !important; margin: 40px !important; }
      temadag-offer { float: right !important; }
      input, button, label, h2, h3, p, article, section, aside { display: none !important; }
    `;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it('keeps its own layout, type and colours inside the shadow root', async () => {
    const parent = container();
    parent.style.width = '900px';
    const el = await mount('temadag-offer', { catalog: await exampleInput(), parent });
    const css = (selector: string) => getComputedStyle($(el, selector));
    expect(getComputedStyle(el).display).to.equal('block');
    const root = css('.root');
    expect(root.fontSize).to.equal('16px');
    expect(root.lineHeight).to.equal('24px');
    expect(root.color).to.equal('rgb(26, 26, 26)');
    expect(root.letterSpacing).to.equal('normal');
    expect(root.textTransform).to.equal('none');
    expect(root.textAlign).to.equal('start');
    expect(css('h2').display).to.equal('block');
    expect(css('h2').color).to.equal('rgb(26, 26, 26)');
    expect(css('h2').fontSize).to.equal('28px');
    expect(css('.layout').display).to.equal('grid');
    expect(css('#participants').display).to.equal('block');
    expect(css('[part="pdf-button"]').display).to.equal('inline-flex');
    expect(css('[part="pdf-button"]').color).to.equal('rgb(255, 255, 255)');
    expect(css('.choice').display).to.equal('grid');
    expect($(el, '.shaping').getBoundingClientRect().width).to.be.greaterThan(150);
    expect($(el, '#participants').getBoundingClientRect().height).to.be.at.least(44);
  });
});

describe('<temadag-offer> at 320 CSS pixels (WCAG 1.4.10 reflow, 200 % zoom of 640 px)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('needs no horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    document.body.style.margin = '0';
    const el = await mount('temadag-offer', {
      catalog: await exampleInput(),
      attrs: { endpoint: '/api/inquiries', format: 'hel', participants: '45' },
    });
    $(el, 'details.breakdown').setAttribute('open', '');
    $(el, 'details.about').setAttribute('open', '');
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const wide = $$(el, '*').filter((node) => node.getBoundingClientRect().right > 320.5);
    expect(wide.map((node) => node.outerHTML.slice(0, 80))).to.deep.equal([]);
  });
});

describe('<temadag-offer> accessibility (axe)', () => {
  it('has no axe violations in the default state', async () => {
    const el = await mount('temadag-offer', { catalog: await exampleInput() });
    $(el, 'details.breakdown').setAttribute('open', '');
    $(el, 'details.about').setAttribute('open', '');
    await expect(el).to.be.accessible();
  });

  it('has no axe violations in the on-request state, with an error shown', async () => {
    const el = await mount('temadag-offer', {
      catalog: await exampleInput(),
      attrs: { participants: '70', lang: 'en' },
    });
    await input(el, '#date', '2001-01-01');
    expect(panel(el).heading).to.equal('Price on request');
    await expect(el).to.be.accessible();
  });

  it('has no axe violations with the participants error and an add-on chosen', async () => {
    const el = await mount('temadag-offer', { catalog: await exampleInput() });
    await click(el, '#module-forsamtale');
    await input(el, '#participants', '2');
    expect($$(el, '.error-message')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

describe('<temadag-offer> clean-up', () => {
  it('leaves no timers, observers, listeners or object URLs behind when removed', async () => {
    const timers = new Map<number, 'pending' | 'done'>();
    const listeners: string[] = [];
    const observers = new Set<MutationObserver>();
    const urls = new Set<string>();
    const real = {
      setTimeout: window.setTimeout,
      clearTimeout: window.clearTimeout,
      add: EventTarget.prototype.addEventListener,
      remove: EventTarget.prototype.removeEventListener,
      observe: MutationObserver.prototype.observe,
      disconnect: MutationObserver.prototype.disconnect,
      create: URL.createObjectURL,
      revoke: URL.revokeObjectURL,
    };
    const globalTargets = new Set<EventTarget>([
      window,
      document,
      document.documentElement,
      document.body,
    ]);
    const key = (target: EventTarget, type: string) =>
      `${target === window ? 'window' : (target as Node).nodeName}:${type}`;
    window.setTimeout = ((fn: () => void, ms?: number) => {
      const id = real.setTimeout.call(
        window,
        () => {
          timers.set(id, 'done');
          fn();
        },
        ms,
      ) as unknown as number;
      timers.set(id, 'pending');
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined && timers.has(id)) timers.set(id, 'done');
      real.clearTimeout.call(window, id);
    }) as typeof window.clearTimeout;
    type Listener = EventListenerOrEventListenerObject | null;
    type Options = boolean | AddEventListenerOptions;
    EventTarget.prototype.addEventListener = function (
      this: EventTarget,
      type: string,
      listener: Listener,
      options?: Options,
    ) {
      if (globalTargets.has(this)) listeners.push(key(this, type));
      return real.add.call(this, type, listener, options);
    };
    EventTarget.prototype.removeEventListener = function (
      this: EventTarget,
      type: string,
      listener: Listener,
      options?: Options,
    ) {
      if (globalTargets.has(this)) {
        const i = listeners.indexOf(key(this, type));
        if (i >= 0) listeners.splice(i, 1);
      }
      return real.remove.call(this, type, listener, options);
    };
    MutationObserver.prototype.observe = function (this: MutationObserver, ...args) {
      observers.add(this);
      return real.observe.apply(this, args);
    };
    MutationObserver.prototype.disconnect = function (this: MutationObserver) {
      observers.delete(this);
      return real.disconnect.call(this);
    };
    URL.createObjectURL = (blob: Blob) => {
      const url = real.create(blob);
      urls.add(url);
      return url;
    };
    URL.revokeObjectURL = (url: string) => {
      urls.delete(url);
      real.revoke(url);
    };
    let el: TemadagOffer | undefined;
    try {
      el = await mount<TemadagOffer>('temadag-offer', { attrs: { src: CATALOG_URL } });
      await input(el, '#participants', '33');
      await click(el, '#module-forsamtale');
      el.addEventListener('temadag-pdf', (e) => {
        const anchor = (e.target as TemadagOffer).shadowRoot!;
        anchor.addEventListener('click', (c) => c.preventDefault(), { capture: true, once: true });
      });
      const pdf = new Promise((resolve) =>
        el!.addEventListener('temadag-pdf', resolve, { once: true }),
      );
      $(el, '[part="pdf-button"]').click();
      await pdf;
      expect(urls.size).to.equal(1);
      expect([...timers.values()]).to.include('pending');
      expect(observers.size).to.be.greaterThan(0);
      el.remove();
      expect([...timers.values()].filter((state) => state === 'pending')).to.deep.equal([]);
      expect(observers.size).to.equal(0);
      expect(listeners).to.deep.equal([]);
      expect(urls.size).to.equal(0);
    } finally {
      window.setTimeout = real.setTimeout;
      window.clearTimeout = real.clearTimeout;
      EventTarget.prototype.addEventListener = real.add;
      EventTarget.prototype.removeEventListener = real.remove;
      MutationObserver.prototype.observe = real.observe;
      MutationObserver.prototype.disconnect = real.disconnect;
      URL.createObjectURL = real.create;
      URL.revokeObjectURL = real.revoke;
    }
  });

  it('aborts a catalog fetch on removal and loads again when put back', async () => {
    const el = document.createElement('temadag-offer') as TemadagOffer;
    el.setAttribute('src', CATALOG_URL);
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (url, init) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(url, init);
    };
    try {
      const parent = container();
      parent.append(el);
      await el.updateComplete;
      el.remove();
      expect(signals).to.have.length(1);
      expect(signals[0]!.aborted).to.equal(true);
      const ready = new Promise((resolve) =>
        el.addEventListener('temadag-ready', resolve, { once: true }),
      );
      parent.append(el);
      await ready;
      expect(signals).to.have.length(2);
      expect(signals[1]!.aborted).to.equal(false);
      expect(text($(el, '[part="title"]'))).to.equal('Dialog i udsatte boligområder');
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('<temadag-offer> price panel at desktop and phone widths', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [741, 1000, 360]) {
    for (const lang of ['da', 'en']) {
      it(`lets no amount or label overflow at ${width} px in ${lang}`, async () => {
        await setViewport({ width: 1100, height: 800 });
        const parent = container();
        parent.style.width = `${width}px`;
        // The demo page's font stack; its fallbacks are wider than the default serif.
        parent.style.fontFamily = "'IBM Plex Sans', system-ui, sans-serif";
        const el = await mount('temadag-offer', {
          catalog: await exampleInput(),
          attrs: { lang, format: 'hel', participants: '45' },
          parent,
        });
        const price = $(el, '.price');
        const box = price.getBoundingClientRect();
        const nodes = $$(el, '.amount-value, .amount-unit, .totals dt, .totals dd, .pdf .button');
        expect(nodes.length).to.be.greaterThan(4);
        const overflowing = nodes.filter(
          (node) =>
            node.scrollWidth > node.clientWidth ||
            node.getBoundingClientRect().right > box.right + 0.5 ||
            node.getBoundingClientRect().left < box.left - 0.5,
        );
        expect(overflowing.map((node) => `${node.className} ${text(node)}`)).to.deep.equal([]);
        expect(price.scrollWidth).to.be.at.most(price.clientWidth);
        // No hyphenated word of the button label ("pdf-fil") is broken across lines.
        const label = [...$(el, '.pdf .button').childNodes].find((n) => n.textContent!.trim())!;
        for (const match of label.textContent!.matchAll(/\S+-\S+/g)) {
          const range = document.createRange();
          range.setStart(label, match.index);
          range.setEnd(label, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          expect(tops.size, match[0]).to.equal(1);
        }
      });
    }
  }
});
