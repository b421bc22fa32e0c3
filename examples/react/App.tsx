// <temadag-offer> in React 19. React 19 supports custom elements natively: it sets a prop as a
// property when the element has one (`participants`, `catalog`, …), else as an attribute, and
// `on<event-name>` props listen to the element's events. The widget's JSX types make the tag,
// its props and its event payloads typed.
import { useState } from 'react';
import type {} from '@temadag/widget/jsx';
import type { TemadagChangeEvent, TemadagReadyEvent, TemadagSuccessEvent } from '@temadag/widget';

/** The Temadag server: replace with yours, e.g. https://tilbud.example.dk. */
const SERVER = 'http://localhost:8787';

const OFFERINGS = [
  { id: 'dialog-i-udsatte-boligomraader', title: 'Dialog i udsatte boligområder' },
  { id: 'borgerdialog-i-de-almene-boligomraader', title: 'Borgerdialog i de almene boligområder' },
] as const;

const kroner = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK' });

export function App() {
  const [offering, setOffering] = useState<string>(OFFERINGS[0].id);
  const [subtotal, setSubtotal] = useState<number>();
  const [reference, setReference] = useState<string>();

  // Amounts are in øre; the price is undefined while the number of participants is not valid.
  const onPrice = (event: TemadagReadyEvent | TemadagChangeEvent) =>
    setSubtotal(event.detail.price?.subtotal);
  const onSuccess = (event: TemadagSuccessEvent) => setReference(event.detail.reference);

  return (
    <main>
      <h1>Temadage</h1>
      <label htmlFor="offering">Temadag</label>{' '}
      <select
        id="offering"
        value={offering}
        onChange={(event) => {
          setOffering(event.target.value);
          setSubtotal(undefined);
        }}
      >
        {OFFERINGS.map((o) => (
          <option key={o.id} value={o.id}>
            {o.title}
          </option>
        ))}
      </select>
      <p>
        {subtotal === undefined
          ? 'Sammensæt temadagen herunder.'
          : `Vejledende pris: ${kroner.format(subtotal / 100)} ekskl. moms.`}
      </p>
      {reference !== undefined && <p>Tak! Jeres henvendelse har nummer {reference}.</p>}
      <temadag-offer
        src={`${SERVER}/api/catalog`}
        offering={offering}
        endpoint={`${SERVER}/api/inquiries`}
        lang="da"
        participants={30}
        ontemadag-ready={onPrice}
        ontemadag-change={onPrice}
        ontemadag-success={onSuccess}
      />
    </main>
  );
}
