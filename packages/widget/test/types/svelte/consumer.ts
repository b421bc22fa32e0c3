// A Svelte 5 app's use of the elements as svelte-check sees markup (`SvelteHTMLElements`):
// must compile; each @ts-expect-error marks a mistake the generated types must catch.
import type {} from '@temadag/widget/svelte';
import type { TemadagChangeEvent, TemadagPdfEvent } from '@temadag/widget';
import type { SvelteHTMLElements } from 'svelte/elements';

export const offer: SvelteHTMLElements['temadag-offer'] = {
  src: '/api/catalog',
  participants: 30,
  'forward-utm': true,
  class: 'offer',
  'ontemadag-change': (event: TemadagChangeEvent) => event.detail.price?.subtotal,
  'ontemadag-success': (event) => event.detail.reference.toUpperCase(),
};

export const wrongType: SvelteHTMLElements['temadag-offer'] = {
  // @ts-expect-error participants is a number
  participants: 'many',
};

export const wrongEvent: SvelteHTMLElements['temadag-catalog'] = {
  // @ts-expect-error temadag-change carries a TemadagChangeEvent, not a TemadagPdfEvent
  'ontemadag-change': (event: TemadagPdfEvent) => event.detail.fileName,
};
