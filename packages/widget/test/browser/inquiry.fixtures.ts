// Shared helpers of the inquiry tests: a small catalog, the element, a stub endpoint (the one
// mock, injected as the element's `fetch`) and keyboard input through the test runner.
import { loadCatalog, type Catalog, type SelectionInput } from '@temadag/core';
import { fixture, html } from '@open-wc/testing';
import { TemadagInquiry } from '../../src/inquiry/inquiry.js';

if (!customElements.get('temadag-inquiry')) {
  customElements.define('temadag-inquiry', TemadagInquiry);
}

export const catalog: Catalog = loadCatalog({
  version: 1,
  provider: {
    name: 'Tverskov Kommunikation & Udvikling',
    contactPerson: 'Kim Tverskov',
    email: 'kontakt@example.dk',
    phone: '+45 12 34 56 78',
    address: { street: 'Eksempelvej 1', postalCode: '1000', city: 'Eksempelby' },
    privacyNoticeUrl: 'https://www.example.dk/privatlivspolitik',
  },
  offerings: ['dialog', 'samarbejde'].map((id) => ({
    id,
    title: { da: `Temadag ${id}`, en: `Workshop ${id}` },
    summary: 'Kort om dagen.',
    participants: { min: 8, max: 80, default: 25 },
    formats: [
      {
        id: 'halv',
        label: { da: 'Halv temadag', en: 'Half day' },
        durationMinutes: 210,
        start: '09:00',
      },
      {
        id: 'hel',
        label: { da: 'Hel temadag', en: 'Full day' },
        durationMinutes: 390,
        start: '09:00',
      },
    ],
    modules: [
      {
        id: 'forsamtale',
        title: { da: 'Forsamtale', en: 'Preliminary meeting' },
        kind: 'preparation',
      },
    ],
    terms: { payment: 'Netto 30 dage.', cancellation: 'Gratis indtil 30 dage før.' },
  })),
});

export const selectionFor = (offering: string): SelectionInput => ({
  offering,
  format: 'hel',
  participants: 30,
  modules: ['forsamtale'],
});

export const ENDPOINT = 'https://tilbud.example.dk/api/inquiries';

/** One request as the stub endpoint saw it. */
export interface SeenRequest {
  url: string;
  method: string;
  key: string | null;
  contentType: string | null;
  credentials: RequestCredentials | undefined;
  body: Record<string, unknown>;
}

/** What the stub answers a request with: a response, or a network failure. */
export type Answer = Response | 'network-error';

/**
 * A stub for the inquiry endpoint, handed to the element as its `fetch`. Each request takes
 * the next answer of the queue (the last one repeats); an answer may be a promise, so a test
 * can hold the request open and look at the element meanwhile.
 */
export function stubEndpoint(...answers: (Answer | ((n: number) => Answer | Promise<Answer>))[]) {
  const requests: SeenRequest[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const headers = new Headers(init.headers);
    requests.push({
      url,
      method: init.method ?? 'GET',
      key: headers.get('Idempotency-Key'),
      contentType: headers.get('Content-Type'),
      credentials: init.credentials,
      body: JSON.parse(String(init.body)) as Record<string, unknown>,
    });
    const next = answers[Math.min(requests.length, answers.length) - 1];
    const answer = typeof next === 'function' ? await next(requests.length) : next;
    if (answer === undefined || answer === 'network-error') {
      throw new TypeError('Failed to fetch');
    }
    return answer;
  };
  return { fetch, requests };
}

export const created = (reference = 'H-2026-0042', id = 'b3e1c0de-0000-4000-8000-000000000001') =>
  new Response(JSON.stringify({ id, reference }), {
    status: 201,
    headers: { 'Content-Type': 'application/json' },
  });

export const status = (code: number, body: unknown = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status: code,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

/** A promise and the functions that settle it. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

export interface MountOptions {
  offering?: string;
  locale?: 'da' | 'en';
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  retryDelays?: number[];
  endpoint?: string;
  prefill?: TemadagInquiry['prefill'];
  forwardUtm?: boolean;
}

/** A connected `<temadag-inquiry>` with the test catalog, its selection and zero retry waits. */
export async function mount(options: MountOptions = {}): Promise<TemadagInquiry> {
  const offering = options.offering ?? 'dialog';
  const el = await fixture<TemadagInquiry>(html`
    <temadag-inquiry
      .catalog=${catalog}
      .offeringId=${offering}
      .selection=${selectionFor(offering)}
      .endpoint=${options.endpoint ?? ENDPOINT}
      .locale=${options.locale}
      .prefill=${options.prefill ?? {}}
      .forwardUtm=${options.forwardUtm ?? false}
      .retryDelays=${options.retryDelays ?? [0, 0, 0, 0]}
      .fetch=${options.fetch}
    ></temadag-inquiry>
  `);
  await el.updateComplete;
  return el;
}

/** An element inside an element's shadow root (or inside it); fails the test when missing. */
export function part<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = (el.shadowRoot ?? el).querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in <temadag-inquiry>`);
  return found;
}

export const field = (el: TemadagInquiry, name: string) =>
  part<HTMLInputElement | HTMLTextAreaElement>(el, `#f-${name}`);

/** Types a value into a field the way a browser reports it, then leaves the field. */
export async function type(el: TemadagInquiry, name: string, value: string, leave = true) {
  const input = field(el, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (leave) input.blur();
  await el.updateComplete;
}

export async function fillValid(el: TemadagInquiry) {
  await type(el, 'name', 'Anna Jensen');
  await type(el, 'email', 'anna@kommune.dk');
  await type(el, 'organisation', 'Eksempel Kommune');
}

export const activeInShadow = (el: TemadagInquiry) => el.shadowRoot!.activeElement;

/** Clicks the send button. */
export async function send(el: TemadagInquiry) {
  part<HTMLButtonElement>(el, 'button[type=submit]').click();
  await el.updateComplete;
}

/** Visible text with the white space folded. */
export const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Real key presses through the test runner's built-in `send-keys` command (Playwright). A
 * stand-in for `sendKeys` of `@web/test-runner-commands`, which is installed only as a
 * dependency of `@web/test-runner` and so cannot be imported from the tests.
 */
export async function sendKeys(payload: { type: string } | { press: string }): Promise<void> {
  const sessionId = new URL(window.location.href).searchParams.get('wtr-session-id');
  const socketModule = '/__web-dev-server__web-socket.js';
  const { sendMessageWaitForResponse } = (await import(/* @vite-ignore */ socketModule)) as {
    sendMessageWaitForResponse: (message: unknown) => Promise<{ executed: boolean }>;
  };
  const response = await sendMessageWaitForResponse({
    type: 'wtr-command',
    sessionId,
    command: 'send-keys',
    payload,
  });
  if (!response.executed) throw new Error('The test runner did not run send-keys');
}
