import { describe, expect, it } from 'vitest';
import { importAgenda } from '../../../../src/app/meetings/agenda-import/import-agenda.ts';
import { seedDocument } from '../fixture-files.ts';

/**
 * The real minutes of RAR Nordjylland's meeting of 20 January 2021, as a PDF
 * gave them (../shared/seeds/): every item with its number, title, kinds and
 * fields, and nothing left unplaced.
 */
const minutes = importAgenda(seedDocument('rar-nordjylland-referat-2021-01-20.txt'));
const all = 'Anledning, Indstilling, Beslutning, Sagsfremstilling';

const expected: readonly (readonly [string, string, string, string, number])[] = [
  [
    '0.1',
    'TEMA – Nordjylland 2021 – indsats og prioritering med baggrund i overblik og resultater',
    'O+D',
    all,
    2,
  ],
  ['0.1.1', 'RAR/VEU branchenedslag – tilvalg, fravalg og videreførelse i 2021', 'B', all, 1],
  ['0.1.2', 'Status på Rådets analyser – viden som udgangspunkt for tiltag', 'B', all, 4],
  [
    '0.2',
    'TEMA: Nordjysk frikommune-projekt - erfaringer, konklusioner og anbefalinger',
    'O+D',
    all,
    0,
  ],
  ['1.1.1', 'Referater til orientering', 'O', all, 1],
  ['1.2.1', 'Dagsorden for dagens møde', 'B', all, 1],
  ['1.3.1', 'Tilføjelse til Rådets strategi – klar til brug og klar på web', 'O', all, 0],
  ['1.4.1', 'Årshjul + up-date på møder og arrangementer', 'B', all, 1],
  [
    '2.1.1',
    'Positivliste (regionale uddannelsespulje) – stillingsbetegnelse april 2021',
    'B',
    all,
    1,
  ],
  ['2.2.1', 'Kommunernes beskæftigelsesplaner – samspil om viden og indsats', 'O+D', all, 1],
  ['2.3.1', 'Nytteindsats i kommunerne og tilpasning af Rådets nytteindsatsstrategi', 'B', all, 2],
  ['2.4.1', 'Ny måling på Jobindsats.dk om effekt af virksomhedsrettede forløb', 'O', all, 1],
  ['3.1.1', 'Status på branchenedslag i 2020 – og aktuelt fokus', 'O', all, 0],
  ['4', 'Borgere på kanten / Det rummelige arbejdsmarked', '', 'Anledning', 0],
  [
    '4.1.1',
    'Stigning i nordjysk langtidsledighed – dataoverblik, målgruppe og indsats',
    'D',
    all,
    1,
  ],
  ['4.2.1', 'Handicap og beskæftigelse ny viden som indspil til indsats', 'D', all, 1],
  ['5.1.1', 'Rådets forvaltningssager + orientering fra Sagsudvalg', 'O+D', all, 1],
  ['5.2.1', 'Orientering fra Formandskabet', 'O', all, 0],
  ['5.3.1', 'Orientering fra tilforordnede', 'O', all, 0],
  ['5.4.1', 'Orientering fra sekretariatet', 'O', all, 0],
  ['5.5.1', 'Kommunikation – herunder nyhedsbrev og webinarer', 'B', all, 1],
  ['5.6.1', 'Eventuelt', 'O', 'Anledning', 0],
];

const item = (number: string) => {
  const found = minutes.items.find((candidate) => candidate.number.join('.') === number);
  if (found === undefined) throw new Error(`item ${number} was not imported`);
  return found;
};

describe('the 2021 minutes of RAR Nordjylland, end to end', () => {
  it('gives every item with its number, title, kinds, fields and attachments', () => {
    const read = minutes.items.map((found) => {
      const { fields } = found;
      const named = [
        fields.sagenKort?.label,
        fields.indstilling === undefined ? undefined : 'Indstilling',
        fields.beslutning === undefined ? undefined : 'Beslutning',
        fields.sagsfremstilling === undefined ? undefined : 'Sagsfremstilling',
      ].filter((name) => name !== undefined);
      return [
        found.number.join('.'),
        found.title,
        found.kinds.join('+'),
        named.join(', '),
        fields.bilag.length,
      ];
    });
    expect(read).toEqual(expected);
  });

  it('leaves nothing unplaced', () => {
    expect(minutes.unplaced).toEqual([]);
  });

  it('puts each item under its theme: a TEMA item, or the numbered theme heading', () => {
    expect(item('0.1.2').theme).toMatch(/^0\.1 TEMA – Nordjylland 2021/);
    expect(item('1.4.1').theme).toBe('1. Rådets interne fokus: strategi, indsats, opfølgning mv.');
    expect(item('5.6.1').theme).toBe('5. Orientering og videndeling');
    expect(item('0.1').theme).toBeUndefined();
  });

  it('mends the PDF: broken words joined, page headers and repeated links gone', () => {
    expect(item('0.1').fields.sagenKort?.text).toContain('indledende temadrøftelser');
    // "hø-", a link the page repeated, then "ringer."
    expect(item('5.1.1').fields.sagenKort?.text).toContain('via elektroniske høringer.');
    expect(JSON.stringify(minutes.items)).not.toContain('Referat af RAR Nordjyllands møde');
  });

  it('keeps text that only looks like a label, a theme or an item where it stands', () => {
    expect(item('2.1.1').fields.sagsfremstilling).toContain(
      'Beslutning om valg af stillingsbetegnelser',
    );
    expect(item('0.1.1').fields.indstilling).toContain('3. Boot Camp for dimittender');
    expect(item('2.2.1').fields.sagsfremstilling).toContain('2. Flere ledige skal opkvalificeres');
    expect(item('3.1.1').fields.sagsfremstilling).toContain('4. januar på to AMU-moduler');
  });

  it('reads the decisions as recorded', () => {
    expect(item('0.1.1').fields.beslutning).toMatch(/^Indstillingerne blev tiltrådt\./);
    expect(item('4.1.1').fields.beslutning).toBe('Taget til efterretning uden drøftelse.');
  });

  it('reads the end: when the meeting ended and who took part, by organisation', () => {
    expect(minutes.meeting).toMatchObject({
      council: 'RAR Nordjylland',
      date: '2021-01-20',
      endedAt: '2021-01-20T16:15',
    });
    expect(minutes.attendance.map((group) => [group.organisation, group.people.length])).toEqual([
      ['DA', 5],
      ['FH', 6],
      ['Akademikerne', 1],
      ['Kommunerne', 3],
      ['DH', 1],
      ['Regionsråd', 1],
      ['Tilforordnede', 2],
      ['Baglande repræsentanter', 2],
      ['sekretariatet', 6],
      ['Oplægsholdere', 1],
    ]);
    // The people are the sample's own; what is pinned is that a name and its note part.
    expect(minutes.attendance[1]!.people[0]).toEqual({
      name: expect.stringMatching(/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u),
      note: 'tidligere LO',
    });
    expect(minutes.attendance[6]!.people[1]).toEqual({
      name: expect.stringMatching(/^(\p{Lu}\p{Ll}+ ){2}\p{Lu}\p{Ll}+$/u),
      note: 'Suppleant for tilforordnet; UCN; fra kl. 13 til 14',
    });
  });
});
