// A Vue 3 app's use of the elements as vue-tsc sees a template (`GlobalComponents`): must
// compile; each @ts-expect-error marks a mistake the generated types must catch.
import type {} from '@temadag/widget/vue';
import type { TemadagChangeEvent, TemadagPdfEvent } from '@temadag/widget';
import type { GlobalComponents } from 'vue';

/** What a template may bind on each tag. */
type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const offer: Props<'temadag-offer'> = {
  src: '/api/catalog',
  participants: 30,
  forwardUtm: true,
  onTemadagChange: (event: TemadagChangeEvent) => event.detail.price?.subtotal,
  onTemadagSuccess: (event) => event.detail.reference.toUpperCase(),
};

export const inquiry: Props<'temadag-inquiry'> = { offering: 'dialog', hideDate: true };

export const wrongType: Props<'temadag-offer'> = {
  // @ts-expect-error participants is a number
  participants: 'many',
};

export const wrongEvent: Props<'temadag-catalog'> = {
  // @ts-expect-error temadag-change carries a TemadagChangeEvent, not a TemadagPdfEvent
  onTemadagChange: (event: TemadagPdfEvent) => event.detail.fileName,
};
