/**
 * JSX types for React 19: `<temadag-offer>`, `<temadag-catalog>` and `<temadag-inquiry>` as
 * intrinsic elements, with their attributes, properties and events. Opt in once in your app:
 *
 * ```ts
 * import type {} from '@temadag/widget/jsx';
 * ```
 *
 * React 19 sets a prop as a property when the element has a property of that name (`catalog`,
 * `prefill`, ...) and as an attribute otherwise, and listens to `on<event-name>` props:
 * `<temadag-offer ontemadag-change={(e) => console.log(e.detail.price)} />`.
 */
import type {
  CatalogSource,
  InquiryPrefill,
  TemadagCatalog,
  TemadagChangeEvent,
  TemadagErrorEvent,
  TemadagInquiry,
  TemadagOffer,
  TemadagPdfEvent,
  TemadagReadyEvent,
  TemadagSubmitEvent,
  TemadagSuccessEvent,
} from './dist/index.js';

/** Events every Temadag element lets through (the inquiry form's bubble out of the offer). */
interface TemadagEventProps {
  'ontemadag-ready'?: (event: TemadagReadyEvent) => void;
  'ontemadag-change'?: (event: TemadagChangeEvent) => void;
  'ontemadag-pdf'?: (event: TemadagPdfEvent) => void;
  'ontemadag-submit'?: (event: TemadagSubmitEvent) => void;
  'ontemadag-success'?: (event: TemadagSuccessEvent) => void;
  'ontemadag-error'?: (event: TemadagErrorEvent) => void;
}

/** The page's settings that `<temadag-offer>` and `<temadag-catalog>` share. */
interface TemadagSettings {
  src?: string;
  catalog?: CatalogSource;
  offering?: string;
  endpoint?: string;
  participants?: number | string;
  organisation?: string;
  name?: string;
  email?: string;
  phone?: string;
  'forward-utm'?: boolean;
  forwardUtm?: boolean;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'temadag-offer': DetailedHTMLProps<HTMLAttributes<TemadagOffer>, TemadagOffer> &
        TemadagSettings &
        TemadagEventProps & {
          format?: string;
          modules?: string | string[];
          date?: string;
        };
      'temadag-catalog': DetailedHTMLProps<HTMLAttributes<TemadagCatalog>, TemadagCatalog> &
        TemadagSettings &
        TemadagEventProps;
      'temadag-inquiry': DetailedHTMLProps<HTMLAttributes<TemadagInquiry>, TemadagInquiry> &
        Pick<TemadagEventProps, 'ontemadag-submit' | 'ontemadag-success' | 'ontemadag-error'> & {
          catalog?: TemadagInquiry['catalog'];
          offeringId?: string;
          offering?: string;
          selection?: TemadagInquiry['selection'];
          endpoint?: string;
          locale?: 'da' | 'en';
          prefill?: InquiryPrefill;
          forwardUtm?: boolean;
          'forward-utm'?: boolean;
          'hide-date'?: boolean;
          'retention-months'?: number | string;
        };
    }
  }
}
