import { describe, expect, it } from 'vitest';
import {
  ValidationError,
  createOffer,
  getMessages,
  loadCatalog,
  scheduleModules,
  type Catalog,
  type CatalogInput,
  type Format,
  type Module,
} from '@temadag/core';
import { EXAMPLE_CATALOG as exampleCatalog } from './catalog.support.js';

const dialog = exampleCatalog.offerings[0]!;
const now = new Date('2026-11-27T10:00:00Z');

const da = getMessages('da');
const en = getMessages('en');

/** A small catalog: one offering with one format and the given modules. */
function smallCatalog(
  format: Partial<CatalogInput['offerings'][number]['formats'][number]>,
  modules: CatalogInput['offerings'][number]['modules'],
): Catalog {
  return loadCatalog({
    version: 1,
    provider: {
      name: 'Udbyder ApS',
      contactPerson: 'Kim',
      email: 'kim@example.dk',
      phone: '12345678',
      address: { street: 'Vej 1', postalCode: '1000', city: 'By' },
      privacyNoticeUrl: 'https://www.example.dk/privatliv',
    },
    offerings: [
      {
        id: 'tema',
        title: 'Tema',
        summary: 'En temadag.',
        participants: { min: 1, max: 50 },
        formats: [
          {
            id: 'dag',
            label: { da: 'Dag', en: 'Day' },
            durationMinutes: 120,
            start: '09:00',
            ...format,
          },
        ],
        modules,
        priceRules: [{ id: 'fast', kind: 'fixed', amount: 1000000 }],
        terms: { payment: 'Netto 30 dage.', cancellation: 'Gratis.' },
      },
    ],
  });
}

function formatOf(catalog: Catalog): Format {
  return catalog.offerings[0]!.formats[0]!;
}

function modulesOf(catalog: Catalog, ...ids: string[]): Module[] {
  return ids.map((id) => {
    const found = catalog.offerings[0]!.modules.find((mod) => mod.id === id);
    if (!found) throw new Error(`no module ${id}`);
    return found;
  });
}

function times(items: { start: string; end: string; title: string }[]): string[] {
  return items.map((i) => `${i.start}-${i.end} ${i.title}`);
}

describe('scheduleModules', () => {
  it('schedules the full example day from the format start, with its breaks', () => {
    const hel = dialog.formats.find((f) => f.id === 'hel')!;
    const modules = dialog.modules.filter(
      (mod) => mod.required || mod.id === 'dialog-beboerdemokrati',
    );
    const agenda = scheduleModules(hel, modules, 'da', da);
    expect(times(agenda.items)).toEqual([
      '09:00-09:20 Velkomst og dagens program',
      '09:20-10:20 Oplæg: Den almene sektors aktører og det demokratiske hierarki',
      '10:20-10:35 Pause',
      '10:35-11:50 Dialog: Barrierer i mødet mellem kommune og beboerkultur',
      '11:50-12:35 Frokost',
      '12:35-13:35 Dialog: Beboerdemokratiet som demokrati og samarbejdspartner',
      '13:35-13:50 Pause',
      '13:50-15:05 Dialog: Bedre samarbejdsrelationer mellem borgere og kommune',
      '15:05-15:30 Opsamling og afslutning',
    ]);
    expect(agenda.items.map((i) => i.kind)).toEqual([
      'talk',
      'talk',
      'break',
      'dialogue',
      'lunch',
      'dialogue',
      'break',
      'dialogue',
      'dialogue',
    ]);
    expect(agenda.items[0]).toEqual({
      start: '09:00',
      end: '09:20',
      title: 'Velkomst og dagens program',
      kind: 'talk',
      minutes: 20,
      module: 'velkomst',
    });
    expect(agenda.items[2]).not.toHaveProperty('module');
    expect(agenda.usedMinutes).toBe(390);
    expect(agenda.durationMinutes).toBe(390);
    expect(agenda.overMinutes).toBe(0);
  });

  it('uses the minutes given for the format', () => {
    const required = dialog.modules.filter((mod) => mod.required);
    const halv = dialog.formats.find((f) => f.id === 'halv')!;
    const hel = dialog.formats.find((f) => f.id === 'hel')!;
    const minutes = (format: Format) =>
      scheduleModules(format, required, 'da', da)
        .items.filter((i) => i.module === 'velkomst')
        .map((i) => i.minutes);
    expect(minutes(halv)).toEqual([15]);
    expect(minutes(hel)).toEqual([20]);
    expect(times(scheduleModules(halv, required, 'en', en).items)).toEqual([
      '09:00-09:15 Welcome and programme',
      '09:15-10:00 Talk: The actors of the social housing sector and its democratic hierarchy',
      '10:00-10:45 Dialogue: Barriers where the municipality meets resident culture',
      '10:45-11:00 Break',
      '11:00-11:45 Dialogue: Better working relationships between citizens and the municipality',
      '11:45-12:00 Summing up and close',
    ]);
  });

  it('starts at the format start time', () => {
    const catalog = smallCatalog({ start: '13:30' }, [
      { id: 'a', title: 'A', kind: 'talk', minutes: 45 },
      { id: 'b', title: 'B', kind: 'exercise', minutes: 30 },
    ]);
    const agenda = scheduleModules(formatOf(catalog), modulesOf(catalog, 'a', 'b'), 'da', da);
    expect(times(agenda.items)).toEqual(['13:30-14:15 A', '14:15-14:45 B']);
    expect(agenda.usedMinutes).toBe(75);
  });

  it('inserts a break at a boundary exactly at afterMinutes', () => {
    const catalog = smallCatalog({ breaks: [{ afterMinutes: 60, minutes: 15 }] }, [
      { id: 'a', title: 'A', kind: 'talk', minutes: 60 },
      { id: 'b', title: 'B', kind: 'dialogue', minutes: 30 },
    ]);
    const agenda = scheduleModules(formatOf(catalog), modulesOf(catalog, 'a', 'b'), 'da', da);
    expect(times(agenda.items)).toEqual(['09:00-10:00 A', '10:00-10:15 Pause', '10:15-10:45 B']);
  });

  it('inserts a break at the first boundary after afterMinutes, not inside a module', () => {
    const catalog = smallCatalog(
      { durationMinutes: 180, breaks: [{ afterMinutes: 50, minutes: 10 }] },
      [
        { id: 'a', title: 'A', kind: 'talk', minutes: 30 },
        { id: 'b', title: 'B', kind: 'dialogue', minutes: 40 },
        { id: 'c', title: 'C', kind: 'exercise', minutes: 20 },
      ],
    );
    const agenda = scheduleModules(formatOf(catalog), modulesOf(catalog, 'a', 'b', 'c'), 'en', en);
    expect(times(agenda.items)).toEqual([
      '09:00-09:30 A',
      '09:30-10:10 B',
      '10:10-10:20 Break',
      '10:20-10:40 C',
    ]);
    expect(agenda.usedMinutes).toBe(100);
  });

  it('titles a lunch without a title "Frokost" in Danish and "Lunch" in English', () => {
    const catalog = smallCatalog(
      { durationMinutes: 240, breaks: [{ afterMinutes: 60, minutes: 30, kind: 'lunch' }] },
      [
        { id: 'a', title: 'A', kind: 'talk', minutes: 60 },
        { id: 'b', title: 'B', kind: 'talk', minutes: 60 },
      ],
    );
    const format = formatOf(catalog);
    const modules = modulesOf(catalog, 'a', 'b');
    const daLunch = scheduleModules(format, modules, 'da', da).items[1]!;
    const enLunch = scheduleModules(format, modules, 'en', en).items[1]!;
    expect(daLunch).toEqual({
      start: '10:00',
      end: '10:30',
      title: 'Frokost',
      kind: 'lunch',
      minutes: 30,
    });
    expect(enLunch.title).toBe('Lunch');
  });

  it('uses a break title from the catalog and message overrides', () => {
    const catalog = smallCatalog(
      { breaks: [{ afterMinutes: 30, minutes: 10, title: { da: 'Kaffe', en: 'Coffee' } }] },
      [
        { id: 'a', title: 'A', kind: 'talk', minutes: 30 },
        { id: 'b', title: 'B', kind: 'talk', minutes: 30 },
      ],
    );
    const modules = modulesOf(catalog, 'a', 'b');
    expect(scheduleModules(formatOf(catalog), modules, 'en', en).items[1]!.title).toBe('Coffee');
    const plain = smallCatalog({ breaks: [{ afterMinutes: 30, minutes: 10 }] }, [
      { id: 'a', title: 'A', kind: 'talk', minutes: 30 },
      { id: 'b', title: 'B', kind: 'talk', minutes: 30 },
    ]);
    const m = getMessages('da', { agenda: { break: 'Strækpause' } });
    expect(
      scheduleModules(formatOf(plain), modulesOf(plain, 'a', 'b'), 'da', m).items[1]!.title,
    ).toBe('Strækpause');
  });

  it('places breaks in order of afterMinutes, several at one boundary if due', () => {
    const catalog = smallCatalog(
      {
        durationMinutes: 240,
        breaks: [
          { afterMinutes: 100, minutes: 15 },
          { afterMinutes: 30, minutes: 30, kind: 'lunch' },
        ],
      },
      [
        { id: 'a', title: 'A', kind: 'talk', minutes: 110 },
        { id: 'b', title: 'B', kind: 'talk', minutes: 20 },
      ],
    );
    const agenda = scheduleModules(formatOf(catalog), modulesOf(catalog, 'a', 'b'), 'da', da);
    expect(times(agenda.items)).toEqual([
      '09:00-10:50 A',
      '10:50-11:20 Frokost',
      '11:20-11:35 Pause',
      '11:35-11:55 B',
    ]);
    expect(agenda.usedMinutes).toBe(175);
  });

  it('does not place a break after the last module', () => {
    const catalog = smallCatalog({ breaks: [{ afterMinutes: 60, minutes: 15 }] }, [
      { id: 'a', title: 'A', kind: 'talk', minutes: 30 },
      { id: 'b', title: 'B', kind: 'talk', minutes: 30 },
    ]);
    const agenda = scheduleModules(formatOf(catalog), modulesOf(catalog, 'a', 'b'), 'da', da);
    expect(times(agenda.items)).toEqual(['09:00-09:30 A', '09:30-10:00 B']);
    expect(agenda.usedMinutes).toBe(60);
    expect(agenda.items.some((i) => i.kind === 'break')).toBe(false);
  });

  it('does not schedule off-day kinds (preparation, follow-up, deliverable)', () => {
    const catalog = smallCatalog({}, [
      { id: 'forberedelse', title: 'Forsamtale', kind: 'preparation', minutes: 60 },
      { id: 'a', title: 'A', kind: 'talk', minutes: 30 },
      { id: 'opfoelgning', title: 'Opfølgning', kind: 'follow-up', minutes: 60 },
      { id: 'rapport', title: 'Rapport', kind: 'deliverable', minutes: 60 },
    ]);
    const agenda = scheduleModules(
      formatOf(catalog),
      modulesOf(catalog, 'forberedelse', 'a', 'opfoelgning', 'rapport'),
      'da',
      da,
    );
    expect(times(agenda.items)).toEqual(['09:00-09:30 A']);
    expect(agenda.usedMinutes).toBe(30);
    expect(agenda.overMinutes).toBe(0);
  });

  it('reports how many minutes a design is over the format', () => {
    const catalog = smallCatalog(
      { durationMinutes: 90, breaks: [{ afterMinutes: 45, minutes: 15 }] },
      [
        { id: 'a', title: 'A', kind: 'talk', minutes: 45 },
        { id: 'b', title: 'B', kind: 'talk', minutes: 45 },
        { id: 'c', title: 'C', kind: 'talk', minutes: 10 },
      ],
    );
    const format = formatOf(catalog);
    const fits = scheduleModules(format, modulesOf(catalog, 'a', 'c'), 'da', da);
    expect(fits.overMinutes).toBe(0);
    const over = scheduleModules(format, modulesOf(catalog, 'a', 'b', 'c'), 'da', da);
    expect(over.usedMinutes).toBe(115);
    expect(over.durationMinutes).toBe(90);
    expect(over.overMinutes).toBe(25);
  });

  it('gives the same times whatever the process time zone', () => {
    const hel = dialog.formats.find((f) => f.id === 'hel')!;
    const modules = dialog.modules.filter((mod) => mod.required);
    const before = process.env.TZ;
    const results: string[][] = [];
    const offsets = new Set<number>();
    try {
      for (const tz of ['UTC', 'Europe/Copenhagen', 'America/Los_Angeles', 'Pacific/Chatham']) {
        process.env.TZ = tz;
        offsets.add(new Date(2026, 0, 15).getTimezoneOffset());
        results.push(times(scheduleModules(hel, modules, 'da', da).items));
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
    // The process time zone really changed.
    expect(offsets.size).toBe(4);
    for (const r of results) expect(r).toEqual(results[0]);
    expect(results[0]!.at(-1)).toBe('14:05-14:30 Opsamling og afslutning');
  });
});

describe('the agenda of createOffer', () => {
  it('lists the required and chosen modules with the breaks', () => {
    const offer = createOffer(
      exampleCatalog,
      {
        offering: 'dialog-i-udsatte-boligomraader',
        format: 'halv',
        participants: 25,
        modules: [
          'dialog-beboerdemokrati',
          'forsamtale',
          'skriftlig-opsamling',
          'opfoelgningsmoede',
        ],
      },
      { now },
    );
    expect(times(offer.agenda)).toEqual([
      '09:00-09:15 Velkomst og dagens program',
      '09:15-10:00 Oplæg: Den almene sektors aktører og det demokratiske hierarki',
      '10:00-10:45 Dialog: Barrierer i mødet mellem kommune og beboerkultur',
      '10:45-11:00 Pause',
      '11:00-11:30 Dialog: Beboerdemokratiet som demokrati og samarbejdspartner',
      '11:30-12:15 Dialog: Bedre samarbejdsrelationer mellem borgere og kommune',
      '12:15-12:30 Opsamling og afslutning',
    ]);
    // Off-day modules are part of the offer but not of the agenda.
    expect(offer.modules.map((mod) => mod.id)).toEqual(
      expect.arrayContaining(['forsamtale', 'skriftlig-opsamling', 'opfoelgningsmoede']),
    );
    const scheduled = offer.agenda.map((i) => i.module).filter((id) => id !== undefined);
    expect(scheduled).not.toContain('forsamtale');
    expect(scheduled).not.toContain('skriftlig-opsamling');
    expect(scheduled).not.toContain('opfoelgningsmoede');
  });

  it('uses English titles with locale en', () => {
    const offer = createOffer(
      exampleCatalog,
      { offering: 'dialog-i-udsatte-boligomraader', format: 'hel', participants: 25 },
      { now, locale: 'en' },
    );
    const lunch = offer.agenda.find((i) => i.kind === 'lunch');
    expect(lunch?.title).toBe('Lunch');
    expect(offer.agenda[0]!.title).toBe('Welcome and programme');
  });

  // One format of 120 minutes; a required 30-minute module; two optional 60-minute modules.
  // Each optional one fits alone (90 minutes), both together are 30 minutes too many.
  const tight = smallCatalog({}, [
    { id: 'intro', title: 'Intro', kind: 'talk', minutes: 30, required: true },
    { id: 'dialog', title: 'Dialog', kind: 'dialogue', minutes: 60 },
    { id: 'oevelse', title: 'Øvelse', kind: 'exercise', minutes: 60 },
  ]);

  it('accepts one optional module that fits', () => {
    for (const id of ['dialog', 'oevelse']) {
      const offer = createOffer(
        tight,
        { offering: 'tema', format: 'dag', participants: 10, modules: [id] },
        { now },
      );
      expect(offer.agenda).toHaveLength(2);
      expect(offer.agenda[1]!.end).toBe('10:30');
    }
  });

  it('throws a ValidationError naming the minutes over when the chosen modules overfill', () => {
    const selection = {
      offering: 'tema',
      format: 'dag',
      participants: 10,
      modules: ['dialog', 'oevelse'],
    };
    let error: unknown;
    try {
      createOffer(tight, selection, { now });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.problems).toEqual([
      {
        path: 'modules',
        code: 'overfull',
        message:
          'De valgte moduler fylder 30 minutter mere, end der er plads til. Fravælg et modul, eller vælg en længere varighed.',
      },
    ]);
    expect(v.message).toMatch(/^Tilbuddet kan ikke laves:/);
    expect(v.message).toContain('30 minutter');
    expect(() => createOffer(tight, selection, { now, locale: 'en' })).toThrow(
      /The chosen modules take 30 minutes more than there is room for/,
    );
  });
});
