// A Solid app's use of the elements: must compile; each @ts-expect-error marks a mistake the
// generated types must catch.
import type {} from '@temadag/widget/solid';
import type { TemadagChangeEvent, TemadagPdfEvent } from '@temadag/widget';

export const offer = (
  <temadag-offer
    src="/api/catalog"
    offering="dialog"
    participants={30}
    forwardUtm
    on:temadag-change={(event: TemadagChangeEvent) => event.detail.price?.subtotal}
    on:temadag-success={(event) => event.detail.reference.toUpperCase()}
  />
);

export const catalog = <temadag-catalog src="/api/catalog" forward-utm />;

export const wrongType = (
  <temadag-offer
    // @ts-expect-error participants is a number
    participants="many"
  />
);

export const wrongEvent = (
  // @ts-expect-error temadag-change carries a TemadagChangeEvent, not a TemadagPdfEvent
  <temadag-catalog on:temadag-change={(event: TemadagPdfEvent) => event.detail.fileName} />
);
