// The catalog page: upload with every problem listed by path, then valid; switch back; the
// preview with the real <temadag-offer>; axe on each state.
import { expect } from '@open-wc/testing';
import { $, $$, onPage, resetStub, signedInAt, text, waitFor } from './helpers.js';

beforeEach(() => resetStub());

async function upload(app: Parameters<typeof $>[0], content: string, activate = false) {
  const input = $<HTMLInputElement>(app, '#catalog-file')!;
  const files = new DataTransfer();
  files.items.add(new File([content], 'catalog.json', { type: 'application/json' }));
  input.files = files.files;
  $<HTMLInputElement>(app, '#activate')!.checked = activate;
  input.closest('form')!.requestSubmit();
}

const exampleCatalog = async () => (await fetch('/examples/catalog/catalog.json')).text();

describe('catalog page', () => {
  it('shows the running file, the notice and a preview with the real offer', async () => {
    const app = await signedInAt('/admin/catalog');
    await onPage(app, 'temadag-console-catalog', 'table');
    expect(text($(app, '.root > p'))).to.equal('Kørende: filen examples/catalog/catalog.json.');
    expect(text($(app, '.info'))).to.contain('vinder konsollens version over filen');
    const offer = $(app, 'temadag-offer')!;
    await waitFor(() => offer.shadowRoot?.querySelector('h2'), 'the offer rendered');
    expect(text(offer.shadowRoot!.querySelector('h2'))).to.equal('Dialog i udsatte boligområder');
    await expect(app).to.be.accessible();
  });

  it('lists every problem of an invalid catalog with its path, stores nothing, then takes a valid one', async () => {
    const app = await signedInAt('/admin/catalog');
    await onPage(app, 'temadag-console-catalog', 'table');
    const broken = JSON.parse(await exampleCatalog());
    broken.offerings[0].id = 'Ikke gyldig';
    delete broken.provider.email;
    await upload(app, JSON.stringify(broken));
    await waitFor(() => $(app, '.error-summary'), 'the summary');
    const items = $$(app, '.error-summary li').map(text);
    expect(items[0]).to.match(/^Kataloget har \d+ fejl\. Intet er gemt\.$/);
    expect(items.some((i) => i.startsWith('offerings[0].id: '))).to.equal(true);
    expect(items.some((i) => i.startsWith('provider.email: '))).to.equal(true);
    expect($$(app, 'tbody tr')).to.have.length(1); // only the file
    await expect(app).to.be.accessible();

    await upload(app, 'not json');
    await waitFor(() => text($(app, '.error-summary')).includes('ikke gyldig JSON'), 'not JSON');

    await upload(app, await exampleCatalog(), true);
    await waitFor(() => text($(app, '.notice')) === 'Version 1 er gemt og kører nu.', 'stored');
    await waitFor(() => text($(app, '.root > p:not(.notice)')).includes('version 1'), 'running');
    expect($(app, '.error-summary')).to.equal(null);
    await expect(app).to.be.accessible();
  });

  it('switches between versions and back to the file', async () => {
    const app = await signedInAt('/admin/catalog');
    await onPage(app, 'temadag-console-catalog', 'table');
    await upload(app, await exampleCatalog());
    await waitFor(() => text($(app, '.notice')) === 'Version 1 er gemt.', 'stored');
    const use = await waitFor(
      () =>
        $$<HTMLButtonElement>(app, 'button').find(
          (b) => b.getAttribute('aria-label') === 'Brug denne: Version 1',
        ),
      'the version row',
    );
    use.click();
    await waitFor(() => text($(app, '.notice')) === 'Version 1 kører nu.', 'activated');
    const back = await waitFor(
      () => $$<HTMLButtonElement>(app, 'button').find((b) => text(b) === 'Brug filen igen'),
      'the file row',
    );
    back.click();
    await waitFor(() => text($(app, '.notice')) === 'Kataloget fra filen kører nu.', 'file');
    const session = await (await fetch('/admin/api/catalog')).json();
    expect(session.source).to.equal('file');
  });
});
