import fc from 'fast-check';
import type {
  AgendaItem,
  Attachment,
  ItemKind,
  OtherField,
} from '../../../../../src/domain/meetings/agenda-item.ts';
import type { AttendanceGroup } from '../../../../../src/domain/meetings/attendance.ts';
import type { MinutesSource } from '../../../../../src/bot/present/meetings/minutes/minutes-source.ts';

/**
 * Realistic meetings for the round trip: themes, numbered items with kinds
 * and presenters, fields of plain Danish sentences, attachments with and
 * without links, other labelled fields in their place, and attendance by
 * organisation, then tilforordnede, bagland, secretariat and oplægsholdere.
 */
const openers = ['Rådet', 'Sekretariatet', 'Formandskabet', 'Kommunerne', 'Der', 'Det', 'Analysen'];
const words = [
  'drøftede',
  'behovet',
  'for',
  'faglærte',
  'i',
  'regionen',
  'og',
  'bad',
  'om',
  'et',
  'forslag',
  'til',
  'næste',
  'møde',
  'ledigheden',
  'steg',
  'med',
  '4',
  'procent',
  'indsatsen',
  'fortsætter',
  'virksomhederne',
  'efterspørger',
  'svejsere',
  'VEU-indsatsen',
  '–',
  '(se',
  'notatet)',
];
const sentence = fc
  .tuple(
    fc.constantFrom(...openers),
    fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 10 }),
  )
  .map(([opener, rest]) => `${opener} ${rest.join(' ')}.`);
/** Lines real fields hold that look like something else: a list, a numbered point, a link, a label word. */
const trickyLine = fc.constantFrom(
  '- Kranførerkurser',
  '• Bygge- og anlæg (fortsættes fra 2020)',
  'A) Der er holdt møde i Sagsudvalget den 30. november 2020.',
  'Læs mere her: https://example.org/viden/handicap',
  'bilag til strategien er vedlagt.',
);
/**
 * "Beslutning om valg af …" reads as the label Beslutning wherever a later
 * field may begin, and "1. På tværs af …" as the heading of theme 1 when an
 * item of theme 1 follows with no heading of its own; the importer reads
 * real minutes so too. As a field's first line, right after its label as the
 * samples' left column prints it, each stays text.
 */
const firstLine = fc.oneof(
  { arbitrary: sentence, weight: 4 },
  { arbitrary: trickyLine, weight: 1 },
  {
    arbitrary: fc.constantFrom(
      'Beslutning om valg af formand træffes i marts.',
      '1. På tværs af de prioriterede områder er der fokus på grøn omstilling.',
    ),
    weight: 1,
  },
);
const fieldText = fc
  .tuple(
    firstLine,
    fc.array(fc.oneof({ arbitrary: sentence, weight: 4 }, { arbitrary: trickyLine, weight: 1 }), {
      maxLength: 3,
    }),
  )
  .map(([first, rest]) => [first, ...rest].join('\n'));

const titleWords = ['Rekruttering', 'Fælles', 'Status', 'Orientering', 'Positivliste', 'Årshjul'];
const title = fc
  .tuple(
    fc.constantFrom(...titleWords),
    fc.array(fc.constantFrom('på', 'indsats', 'for', 'unge', 'ledige', '2024', 'og', 'havnene'), {
      minLength: 1,
      maxLength: 6,
    }),
    fc.option(fc.constantFrom('– nye tal', '– status og ønsker', '/ viden'), { nil: undefined }),
  )
  .map(([first, rest, tail]) => [first, ...rest, ...(tail === undefined ? [] : [tail])].join(' '));

const personName = fc
  .tuple(
    fc.constantFrom('Ida', 'Ole', 'Anna', 'Bo', 'Carl', 'Dorte', 'Mai-Britt', 'Søren'),
    fc.constantFrom('Pælebro', 'Ankerkæde', 'Kajplads', 'Fyrtårn', 'Sandbanke', 'A. Klitrose'),
  )
  .map(([first, last]) => `${first} ${last}`);

const kinds: fc.Arbitrary<ItemKind[]> = fc.subarray<ItemKind>(['O', 'D', 'B']);
const otherLabels = ['Emner', 'Tidsramme', 'Opfølgning', 'Bemærkninger', 'Formål', 'Ansvarlig'];

function attachments(number: string): fc.Arbitrary<Attachment[]> {
  return fc.array(
    fc
      .tuple(
        fc.constantFrom('', '.A', '.B'),
        fc.constantFrom('Notat om havnene', 'Referat af Sagsudvalget', 'Nye tal'),
        fc.option(
          fc.constantFrom('https://example.org/bilag/notat.pdf', 'https://example.org/b/2'),
          {
            nil: undefined,
          },
        ),
      )
      .map(([suffix, name, link]) => ({
        number: `${number}${suffix}`,
        title: `Bilag ${number}${suffix} – ${name}`,
        ...(link === undefined ? {} : { link }),
      })),
    { maxLength: 3 },
  );
}

/** An item whose other fields stand after fields it has, as an import finds them. */
function item(number: readonly number[], theme: string | undefined): fc.Arbitrary<AgendaItem> {
  const printed = number.join('.');
  return fc
    .record({
      title: title,
      kinds: number.length === 1 ? fc.constant<ItemKind[]>([]) : kinds,
      presenters: fc.array(personName, { maxLength: 2 }),
      presentation: fc.boolean(),
      sagenKortLabel: fc.constantFrom('Sagen kort' as const, 'Anledning' as const),
      sagenKort: fc.option(fieldText, { nil: undefined }),
      indstilling: fc.option(fieldText, { nil: undefined }),
      beslutning: fc.option(fieldText, { nil: undefined }),
      sagsfremstilling: fc.option(fieldText, { nil: undefined }),
      bilag: attachments(printed),
      others: fc.array(fc.tuple(fc.constantFrom(...otherLabels), fieldText, fc.nat()), {
        maxLength: 2,
      }),
    })
    .map((drawn): AgendaItem => {
      // A top-level item is a theme with fields of its own: it needs one to be an item at all.
      const sagenKort =
        number.length === 1 ? (drawn.sagenKort ?? 'Rådet følger sagen.') : drawn.sagenKort;
      const present = [
        sagenKort !== undefined,
        drawn.indstilling !== undefined,
        drawn.beslutning !== undefined,
        drawn.sagsfremstilling !== undefined,
        drawn.bilag.length > 0,
      ];
      const places = [0, ...present.flatMap((here, index) => (here ? [index + 1] : []))];
      const other: OtherField[] = drawn.others
        .map(([label, text, pick]) => ({ label, text, after: places[pick % places.length]! }))
        .sort((a, b) => a.after - b.after);
      const hasAnyField = present.some(Boolean) || other.length > 0;
      return {
        number,
        ...(theme === undefined ? {} : { theme }),
        title: drawn.title,
        kinds: drawn.kinds,
        presentation: drawn.presentation || drawn.presenters.length > 0,
        presenters: drawn.presenters,
        fields: {
          ...(sagenKort === undefined
            ? {}
            : { sagenKort: { label: drawn.sagenKortLabel, text: sagenKort } }),
          ...(drawn.indstilling === undefined ? {} : { indstilling: drawn.indstilling }),
          // An item with no field at all still gets its decision, as every item of a referat has one.
          ...(drawn.beslutning === undefined
            ? hasAnyField
              ? {}
              : { beslutning: 'Taget til efterretning.' }
            : { beslutning: drawn.beslutning }),
          ...(drawn.sagsfremstilling === undefined
            ? {}
            : { sagsfremstilling: drawn.sagsfremstilling }),
          bilag: drawn.bilag,
          other,
        },
      };
    });
}

const themeTitles = [
  'Rådets interne fokus',
  'Rekruttering/vækst – balance',
  'Orientering og videndeling',
];

/** One theme's items: "2. Tema" (or no theme heading), then 2.1.1, 2.2.1 … */
function themeItems(theme: number): fc.Arbitrary<AgendaItem[]> {
  return fc
    .tuple(
      fc.option(fc.constantFrom(...themeTitles), { nil: undefined }),
      fc.boolean(),
      fc.integer({ min: 1, max: 3 }),
      fc.boolean(),
    )
    .chain(([heading, topLevel, count, deep]) => {
      const themeText = heading === undefined ? undefined : `${theme}. ${heading}`;
      const numbers = Array.from({ length: count }, (_, index) =>
        deep ? [theme, index + 1, 1] : [theme, index + 1],
      );
      const top = topLevel && themeText !== undefined ? [item([theme], undefined)] : [];
      return fc.tuple(...top, ...numbers.map((number) => item(number, themeText))).map((items) =>
        top.length === 0
          ? items
          : // A top-level item is its theme's heading: the same words, no kinds, no presenters.
            [
              { ...items[0]!, title: heading!, presentation: false, presenters: [] },
              ...items.slice(1),
            ],
      );
    });
}

const organisations = ['DA', 'FH', 'Kommunerne', 'Akademikerne', 'DH', 'Regionsråd'];
const laterGroups = ['Tilforordnede', 'Baglande repræsentanter', 'sekretariatet', 'Oplægsholdere'];
const notes = ['bagland', 'tidligere LO', 'fra kl. 13 til 15', 'observatør', 'under punkt 1.1.1'];

const attendance: fc.Arbitrary<AttendanceGroup[]> = fc
  .tuple(fc.subarray(organisations), fc.subarray(laterGroups))
  .chain(([orgs, later]) =>
    fc.tuple(
      ...[...orgs, ...later].map((organisation) =>
        fc
          .uniqueArray(
            fc.tuple(personName, fc.option(fc.constantFrom(...notes), { nil: undefined })),
            { minLength: 1, maxLength: 3, selector: ([name]) => name },
          )
          .map((people): AttendanceGroup => ({
            organisation,
            people: people.map(([name, note]) => ({
              name,
              ...(note === undefined ? {} : { note }),
            })),
          })),
      ),
    ),
  );

export const generatedMeeting: fc.Arbitrary<MinutesSource> = fc
  .record({
    themes: fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 1 }),
    council: fc.constantFrom('RAR Kystlandet', 'RAR Vesterhavet', 'KKR Fjordlandet'),
    title: fc.constantFrom('Rådsmøde', 'Formandskabsmøde'),
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    place: fc.option(fc.constantFrom('Havnehuset, mødelokale 2', 'Rådhuset'), { nil: undefined }),
    attendance,
  })
  .chain((drawn) =>
    fc.tuple(...drawn.themes.map(themeItems)).map((groups): MinutesSource => {
      const date = `2024-${String(drawn.month).padStart(2, '0')}-${String(drawn.day).padStart(2, '0')}`;
      return {
        meeting: {
          council: drawn.council,
          title: drawn.title,
          date,
          start: `${date}T13:00`,
          end: `${date}T16:00`,
          endedAt: `${date}T15:45`,
          ...(drawn.place === undefined ? {} : { place: drawn.place }),
        },
        items: groups.flat(),
        attendance: drawn.attendance,
      };
    }),
  );
