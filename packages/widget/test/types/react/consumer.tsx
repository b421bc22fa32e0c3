// A React 19 app's use of the elements: must compile; each @ts-expect-error marks a mistake
// the generated types must catch.
import type {} from '@temadag/widget/jsx';
import type {
  CatalogSource,
  TemadagChangeEvent,
  TemadagPdfEvent,
  TemadagSuccessEvent,
} from '@temadag/widget';

declare const data: CatalogSource;

export const offer = (
  <temadag-offer
    src="/api/catalog"
    offering="dialog"
    participants={30}
    modules={['workshop']}
    forward-utm
    lang="da"
    ontemadag-change={(event: TemadagChangeEvent) => event.detail.price?.subtotal}
    ontemadag-success={(event) => event.detail.reference.toUpperCase()}
  />
);

export const catalog = <temadag-catalog catalog={data} endpoint="/api/inquiries" />;

export const inquiry = (
  <temadag-inquiry offeringId="dialog" hide-date retention-months={12} locale="en" />
);

export const wrongType = (
  <temadag-offer
    // @ts-expect-error participants is a number
    participants="many"
  />
);

export const wrongEvent = (
  // @ts-expect-error temadag-change carries a TemadagChangeEvent, not a TemadagPdfEvent
  <temadag-offer ontemadag-change={(event: TemadagPdfEvent) => event.detail.fileName} />
);

export const wrongLocale = (
  <temadag-inquiry
    // @ts-expect-error the inquiry speaks da or en
    locale="de"
    ontemadag-success={(event: TemadagSuccessEvent) => event.detail.reference}
  />
);
