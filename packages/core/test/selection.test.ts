import { describe, expect, it } from 'vitest';
import { getMessages, resolveDesign, resolveSelection, type Selection } from '@temadag/core';
import { EXAMPLE_CATALOG as catalog } from './catalog.support.js';

const design: Selection = {
  offering: 'dialog-i-udsatte-boligomraader',
  format: 'hel',
  participants: 30,
  modules: ['forsamtale'],
};

describe('resolveDesign', () => {
  it('looks up the offering, format and modules (required ones included, in catalog order)', () => {
    const r = resolveDesign(catalog, design);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const offering = catalog.offerings.find((o) => o.id === design.offering)!;
    expect(r.value.offering).toBe(offering);
    expect(r.value.format.id).toBe('hel');
    expect(r.value.participants).toBe(30);
    expect(r.value.selection).toBe(design);
    const ids = r.value.modules.map((m) => m.id);
    expect(ids).toContain('forsamtale');
    expect(ids).toEqual(
      offering.modules.filter((m) => m.required || m.id === 'forsamtale').map((m) => m.id),
    );
  });

  it('gives what resolveSelection gives for a valid selection', () => {
    expect(resolveDesign(catalog, design)).toEqual(resolveSelection(catalog, design));
  });

  it('reports every catalog problem with its path, worded in the language asked for', () => {
    const r = resolveDesign(
      catalog,
      {
        ...design,
        format: 'kort',
        participants: 300,
        modules: ['findes-ikke'],
        travel: { zone: 'mars' },
      },
      { locale: 'en' },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const m = getMessages('en');
    expect(r.problems).toEqual([
      { path: 'format', code: 'unknown-format', message: m.selection.unknownFormat('kort') },
      {
        path: 'participants',
        code: 'participants-range',
        message: m.selection.participantsRange('8', '80'),
      },
      {
        path: 'modules[0]',
        code: 'unknown-module',
        message: m.selection.unknownModule('findes-ikke'),
      },
      { path: 'travel.zone', code: 'unknown-zone', message: m.selection.unknownZone('mars') },
    ]);
  });

  it('stops at an unknown offering', () => {
    const r = resolveDesign(catalog, { ...design, offering: 'ukendt' });
    expect(r).toEqual({
      ok: false,
      problems: [
        {
          path: 'offering',
          code: 'unknown-offering',
          message: 'Der findes intet tilbud med id’et "ukendt".',
        },
      ],
    });
  });
});

describe('resolveSelection', () => {
  it('parses first: a shape problem is reported before any catalog lookup', () => {
    const r = resolveSelection(catalog, { ...design, participants: 0, offering: 'ukendt' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toEqual(['too-small']);
  });
});
