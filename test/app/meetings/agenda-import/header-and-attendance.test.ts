import { describe, expect, it } from 'vitest';
import { importAgenda } from '../../../../src/app/meetings/agenda-import/import-agenda.ts';
import { fixture, text } from '../fixture-files.ts';

describe("the minutes' header", () => {
  it('reads the council, the meeting, date and time, place and online link', () => {
    expect(importAgenda(fixture('markdown-dagsorden.md')).meeting).toEqual({
      council: 'RAR Kystlandet',
      title: 'Rådsmøde',
      date: '2023-09-28',
      start: '2023-09-28T13:00',
      end: '2023-09-28T16:00',
      endedAt: '2023-09-28T15:50',
      place: 'Havnehuset, mødelokale 2',
      onlineLink: 'https://meet.example.org/kystlandet-raad',
    });
  });

  it('reads "Referat af Formandskabsmøde i …" and an afbud deadline', () => {
    const minutes = importAgenda(text`
      Referat af Formandskabsmøde i RAR Fjordlandet
      Tid: 3. oktober 2024, kl. 9.30-11
      Mødested: Fjordhuset
      Afbud senest: 1. oktober 2024 kl. 12.00
    `);
    expect(minutes.meeting).toEqual({
      council: 'RAR Fjordlandet',
      title: 'Formandskabsmøde',
      date: '2024-10-03',
      start: '2024-10-03T09:30',
      end: '2024-10-03T11:00',
      place: 'Fjordhuset',
      afbudDeadline: '2024-10-01T12:00',
    });
    expect(minutes.unplaced).toEqual([]);
  });
});

describe('the end of the minutes', () => {
  it('groups attendance by organisation and keeps markers as notes', () => {
    expect(importAgenda(fixture('pdf-referat.txt')).attendance).toEqual([
      {
        organisation: 'DA',
        people: [{ name: 'Gorm Havtorn' }, { name: 'Sigrid Klitgaard', note: 'fra kl. 14' }],
      },
      { organisation: 'FH', people: [{ name: 'Bent Marehalm', note: 'tidligere LO' }] },
      {
        organisation: 'Kommunerne',
        people: [{ name: 'Tove Sandflugt', note: 'fra kl. 13 til 14' }],
      },
      {
        organisation: 'Tilforordnede',
        people: [{ name: 'Ejnar Vadehav', note: 'Tilforordnet; Erhvervsakademi Vest' }],
      },
      {
        organisation: 'sekretariatet',
        people: [{ name: 'Karen Strandeng' }, { name: 'Mogens Klitrose' }],
      },
      {
        organisation: 'Oplægsholdere',
        people: [{ name: 'Lise Tangvej', note: 'Under punkt 0.1.1' }],
      },
    ]);
  });

  it('reads "Fra FH: …" lines and "(bagland)"', () => {
    expect(importAgenda(fixture('markdown-dagsorden.md')).attendance).toEqual([
      { organisation: 'FH', people: [{ name: 'Anna Kajplads' }, { name: 'Bo Bølgebryder' }] },
      { organisation: 'DA', people: [{ name: 'Carl Fyrtårn', note: 'bagland' }] },
      {
        organisation: 'Oplægsholdere',
        people: [{ name: 'Ida Pælebro', note: 'under punkt 0.1.1' }],
      },
    ]);
  });

  it('reads a group and its people on one line without "Fra": "Tilforordnede: Dora Skole (UCN)"', () => {
    const minutes = importAgenda(text`
      - 1.1 Punkt (B)
      Beslutning Godkendt.
      På mødet deltog:
      Tilforordnede: Dora Skole (UCN), Egon Elev
      Oplægsholdere: Olga Oplægsen (under punkt 1.1)
    `);
    expect(minutes.attendance).toEqual([
      {
        organisation: 'Tilforordnede',
        people: [{ name: 'Dora Skole', note: 'UCN' }, { name: 'Egon Elev' }],
      },
      {
        organisation: 'Oplægsholdere',
        people: [{ name: 'Olga Oplægsen', note: 'under punkt 1.1' }],
      },
    ]);
    expect(minutes.unplaced).toEqual([]);
  });

  it('reports what follows "Mødet sluttede" but is no attendance', () => {
    const minutes = importAgenda(text`
      - 1.1.1 Eventuelt (O)
      Beslutning Intet.
      Mødet sluttede kl. 12.30
      Tak for i dag.
      På mødet deltog:
      ???
    `);
    expect(minutes.meeting.endedAt).toBe('12:30');
    expect(minutes.unplaced).toEqual([
      { line: 4, text: 'Tak for i dag.' },
      { line: 6, text: '???' },
    ]);
  });
});
