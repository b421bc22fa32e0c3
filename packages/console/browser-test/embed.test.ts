// The embed-code page: the code equals the snippets of docs/embedding.md, the preview renders,
// the origins and CSP are listed; axe on each state.
import { expect } from '@open-wc/testing';
import { $, onPage, resetStub, signedInAt, text, waitFor } from './helpers.js';

beforeEach(() => resetStub());

/** The fenced blocks of a language in docs/embedding.md, in order. */
async function documented(language: string): Promise<string[]> {
  const markdown = await (await fetch('/docs/embedding.md')).text();
  const blocks = [...markdown.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))];
  return blocks.map((m) => m[1]!);
}

describe('embed page', () => {
  it('writes the script tag exactly as docs/embedding.md and previews the real offer', async () => {
    const app = await signedInAt('/admin/embed');
    await onPage(app, 'temadag-console-embed', 'code.snippet');
    await waitFor(() => text($(app, 'code.snippet')).includes('temadag-fallback'), 'the code');
    const [scriptTag] = await documented('html');
    expect($(app, 'code.snippet')!.textContent).to.equal(scriptTag);
    expect(text($(app, 'code.csp'))).to.equal(
      "script-src 'self' https://tilbud.example.dk; connect-src 'self' https://tilbud.example.dk;",
    );
    expect(text($(app, '#origins-heading ~ ul'))).to.equal('https://www.kommune.dk');
    const offer = $(app, '.preview-offer temadag-offer')!;
    await waitFor(() => offer.shadowRoot?.querySelector('h2'), 'the preview');
    expect(text(offer.shadowRoot!.querySelector('h2'))).to.equal('Dialog i udsatte boligområder');
    await expect(app).to.be.accessible();
  });

  it('writes the iframe and its auto-height lines as docs/embedding.md, in English on request', async () => {
    const app = await signedInAt('/admin/embed');
    await onPage(app, 'temadag-console-embed', 'code.snippet');
    $<HTMLInputElement>(app, 'input[name=way][value=iframe]')!.click();
    await waitFor(() => text($(app, 'code.snippet')).startsWith('<iframe'), 'the iframe');
    const blocks = await documented('html');
    const iframe = blocks.find((b) => b.startsWith('<iframe'))!;
    const script = blocks.find((b) => b.startsWith('<script>'))!;
    expect($(app, 'code.snippet')!.textContent).to.equal(`${iframe}\n${script}`);
    expect(text($(app, 'code.csp'))).to.equal('frame-src https://tilbud.example.dk;');
    expect($<HTMLInputElement>(app, '#colour')!.disabled).to.equal(true);
    expect($(app, 'iframe.preview-frame')!.getAttribute('src')).to.equal(
      '/embed/dialog-i-udsatte-boligomraader',
    );
    await expect(app).to.be.accessible();

    $<HTMLInputElement>(app, 'input[name=lang][value=en]')!.click();
    await waitFor(() => text($(app, 'code.snippet')).includes('?lang=en'), 'English');
    expect(text($(app, 'code.snippet'))).to.contain(
      'title="Offer: Dialogue in disadvantaged housing areas"',
    );
    expect(location.search).to.contain('language=en');
  });

  it('adds the primary colour as a custom property, in the code and the preview', async () => {
    const app = await signedInAt('/admin/embed');
    await onPage(app, 'temadag-console-embed', 'code.snippet');
    const colour = $<HTMLInputElement>(app, '#colour')!;
    colour.value = '#44831e';
    colour.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => text($(app, 'code.snippet')).includes('#44831e'), 'the colour');
    expect($(app, 'code.snippet')!.textContent).to.match(
      /^<style>\n {2}temadag-offer \{\n {4}--temadag-color-primary: #44831e;\n {2}\}\n<\/style>\n\n<script type="module"/,
    );
    expect($(app, '.preview-offer')!.style.getPropertyValue('--temadag-color-primary')).to.equal(
      '#44831e',
    );
  });
});
