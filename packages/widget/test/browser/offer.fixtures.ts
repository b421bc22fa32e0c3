// Helpers for the <temadag-offer> and <temadag-catalog> tests.
import {
  formatMoney,
  parseCatalog,
  priceSelection,
  type Catalog,
  type CatalogInput,
  type Price,
  type SelectionInput,
} from '@temadag/core';
import type { TemadagCatalog } from '../../src/catalog/catalog.js';
import type { TemadagPdfEvent } from '../../src/events/pdf.js';
import type { TemadagOffer } from '../../src/offer/offer.js';

/** The example catalog, served by the test runner from the repository root. */
export const CATALOG_URL = '/examples/catalog/catalog.json';
export const DIALOG = 'dialog-i-udsatte-boligomraader';
export const BORGER = 'borgerdialog-i-de-almene-boligomraader';

let example: CatalogInput | undefined;

/** The example catalog as written (a fresh copy each time). */
export async function exampleInput(): Promise<CatalogInput> {
  example ??= (await (await fetch(CATALOG_URL)).json()) as CatalogInput;
  return structuredClone(example);
}

/** The example catalog parsed by core, for the expected values. */
export async function exampleCatalog(): Promise<Catalog> {
  const result = parseCatalog(await exampleInput());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.catalog;
}

const containers: HTMLElement[] = [];

afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
  sessionStorage.clear();
});

/** A container in the page, removed after the test. */
export function container(): HTMLElement {
  const div = document.createElement('div');
  document.body.append(div);
  containers.push(div);
  return div;
}

export interface MountOptions {
  attrs?: Record<string, string>;
  /** Set as the `catalog` property. */
  catalog?: unknown;
  /** Put in as an inline `<script type="application/json">` child. */
  inline?: unknown;
  /** Light-DOM fallback markup. */
  fallback?: string;
  parent?: HTMLElement;
  /** Wait for `temadag-ready` (default true). */
  ready?: boolean;
}

/** Creates an element, puts it in the page and (by default) waits until it is ready. */
export async function mount<T extends TemadagOffer | TemadagCatalog = TemadagOffer>(
  tag: 'temadag-offer' | 'temadag-catalog' = 'temadag-offer',
  options: MountOptions = {},
): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  if (options.fallback) el.innerHTML = options.fallback;
  if (options.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(options.inline);
    el.append(script);
  }
  if (options.catalog !== undefined) (el as { catalog: unknown }).catalog = options.catalog;
  const ready =
    options.ready === false || tag !== 'temadag-offer'
      ? undefined
      : new Promise((resolve) => el.addEventListener('temadag-ready', resolve, { once: true }));
  (options.parent ?? container()).append(el);
  await ready;
  await el.updateComplete;
  return el;
}

/** One element in the shadow root; fails when it is not there. */
export function $<E extends Element = HTMLElement>(el: Element, selector: string): E {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

/** All matching elements in the shadow root. */
export function $$<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...el.shadowRoot!.querySelectorAll<E>(selector)];
}

/** Text content with white space collapsed as HTML does (no-break spaces stay). */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}

/** Types a value into a field the way an input event reports it, then lets it render. */
export async function input(el: TemadagOffer, selector: string, value: string): Promise<void> {
  const field = $<HTMLInputElement>(el, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Clicks a radio button or checkbox, then lets it render. */
export async function click(el: TemadagOffer, selector: string): Promise<void> {
  $(el, selector).click();
  await el.updateComplete;
}

/** What core says the selection costs. */
export function expected(catalog: Catalog, selection: SelectionInput, locale: 'da' | 'en' = 'da') {
  return priceSelection(catalog, selection, { locale });
}

/** The money texts the price panel should show for a price. */
export function moneyTexts(price: Price, locale: 'da' | 'en' = 'da') {
  const money = (minor: number) => formatMoney(minor, locale, { currency: price.currency });
  return {
    subtotal: money(price.subtotal),
    total: money(price.total),
    vat: price.vat.map((v) => money(v.amount)),
    lines: price.lines.map((l) => money(l.amount)),
  };
}

/** The price panel as the visitor reads it. */
export function panel(el: TemadagOffer) {
  const root = el.shadowRoot!;
  return {
    heading: text(root.querySelector('.price h3')),
    subtotal: text(root.querySelector('[part="price-amount"]')),
    vat: $$(el, '.totals .vat dd').map(text),
    total: text(root.querySelector('.totals .total dd')),
    lines: $$(el, '.breakdown tbody tr').map((row) => ({
      description: text(row.querySelector('.line')),
      explanation: text(row.querySelector('.explanation')),
      amount: text(row.querySelector('td')),
    })),
  };
}

/** The agenda as shown: start times and titles. */
export function agenda(el: TemadagOffer): { time: string; title: string }[] {
  return $$(el, '.agenda-list li').map((li) => ({
    time: text(li.querySelector('.time')),
    title: text(li.querySelector('.what')),
  }));
}

/** Loads the script-tag build (dist/cdn/temadag.js, built first) into the test page. */
export async function importCdnBuild(): Promise<void> {
  const url = '/packages/widget/dist/cdn/temadag.js';
  if (!(await fetch(url)).ok)
    throw new Error('dist/cdn/temadag.js is missing: run the build first');
  await import(/* @vite-ignore */ url);
}

/** The files of a lazy entry of the script-tag build (`temadag-<entry>-<hash>.js`) fetched so far. */
export function chunksFetched(entry: string): string[] {
  const pattern = new RegExp(`^temadag-${entry}-[A-Z0-9]{8}\\.js$`);
  return performance
    .getEntriesByType('resource')
    .map((resource) => resource.name.split('/').pop()!)
    .filter((name) => pattern.test(name));
}

/**
 * The next `temadag-pdf` event of `el`, cancelled (no download): start waiting before the click.
 *
 * @example
 * ```ts
 * const made = caughtPdf(el);
 * $(el, '[part="pdf-button"]').click();
 * const { detail } = await made;
 * ```
 */
export function caughtPdf(el: HTMLElement): Promise<TemadagPdfEvent> {
  return new Promise((resolve) =>
    el.addEventListener(
      'temadag-pdf',
      (event) => {
        event.preventDefault();
        resolve(event);
      },
      { once: true },
    ),
  );
}
