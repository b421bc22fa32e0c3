// The shared LocaleController: one observer of the document's `lang` for every element, and a
// change of the page's language re-renders all of them.
import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import '../../src/define.js';
import { LocaleController } from '../../src/controllers/locale.js';
import type { TemadagCatalog } from '../../src/catalog/catalog.js';
import { $, container, exampleInput, mount, text } from './offer.fixtures.js';

/** Observers that watch a `lang` attribute, counted from the first element on. */
const langObservers = new Set<MutationObserver>();
const Native = window.MutationObserver;
window.MutationObserver = class extends Native {
  override observe(target: Node, options?: MutationObserverInit): void {
    if (options?.attributeFilter?.includes('lang')) langObservers.add(this);
    super.observe(target, options);
  }
};

/** A minimal host that counts its renders. */
class LocaleProbe extends LitElement {
  lang$ = new LocaleController(this);
  renders = 0;
  protected override render() {
    this.renders += 1;
    return html`<p>${this.lang$.locale}</p>`;
  }
}
customElements.define('locale-probe', LocaleProbe);

const html$ = document.documentElement;
const original = html$.getAttribute('lang');
afterEach(() => {
  if (original === null) html$.removeAttribute('lang');
  else html$.setAttribute('lang', original);
});

/** Sets the page's language and waits for the observer and the renders it asks for. */
async function pageLang(lang: string, ...elements: LitElement[]) {
  html$.setAttribute('lang', lang);
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(elements.map((el) => el.updateComplete));
}

describe('LocaleController', () => {
  it('serves every element of every kind with one observer, and re-renders them all', async () => {
    html$.setAttribute('lang', 'da');
    const parent = container();
    const probes = [1, 2, 3].map(() => document.createElement('locale-probe') as LocaleProbe);
    parent.append(...probes);
    const offer = await mount('temadag-offer', { catalog: await exampleInput() });
    const list = await mount<TemadagCatalog>('temadag-catalog', { catalog: await exampleInput() });
    const form = document.createElement('temadag-inquiry');
    parent.append(form);
    await Promise.all([...probes, form].map((el) => el.updateComplete));
    expect(langObservers.size).to.equal(1);

    const before = probes.map((p) => p.renders);
    await pageLang('en-GB', ...probes, offer, list, form);
    expect(probes.map((p) => p.renders)).to.deep.equal(before.map((n) => n + 1));
    expect(probes.map((p) => text(p.shadowRoot!.querySelector('p')))).to.deep.equal([
      'en',
      'en',
      'en',
    ]);
    expect(text($(offer, '.shaping h3'))).to.equal('Shape the theme day');
    expect(text($(list, '[part="open-button"]'))).to.equal('View and shape the theme day');
    expect(text($(form, 'h3'))).to.equal('Send an inquiry');

    await pageLang('da', ...probes, offer, list, form);
    expect(text($(offer, '.shaping h3'))).to.equal('Sammensæt temadagen');
    expect(text($(list, '[part="open-button"]'))).to.equal('Se og sammensæt temadagen');
    expect(text($(form, 'h3'))).to.equal('Send henvendelse');
    expect(langObservers.size).to.equal(1);
  });

  it('follows an ancestor’s lang in the page, and its own lang before the page’s', async () => {
    html$.setAttribute('lang', 'da');
    const parent = container();
    const probe = document.createElement('locale-probe') as LocaleProbe;
    parent.append(probe);
    await probe.updateComplete;
    expect(probe.lang$.locale).to.equal('da');
    parent.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(text(probe.shadowRoot!.querySelector('p'))).to.equal('en');
    probe.setAttribute('lang', 'da');
    await pageLang('en', probe);
    expect(text(probe.shadowRoot!.querySelector('p'))).to.equal('da');
  });

  it('stops re-rendering an element once it is disconnected', async () => {
    const probe = document.createElement('locale-probe') as LocaleProbe;
    container().append(probe);
    await probe.updateComplete;
    probe.remove();
    const renders = probe.renders;
    await pageLang('en', probe);
    expect(probe.renders).to.equal(renders);
  });
});
