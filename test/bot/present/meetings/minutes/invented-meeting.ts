import type { MinutesSource } from '../../../../../src/bot/present/meetings/minutes/minutes-source.ts';

/** A meeting written for the golden files, in the samples' style with invented names. */
export const inventedMeeting: MinutesSource = {
  meeting: {
    council: 'RAR Kystlandet',
    title: 'Rådsmøde',
    date: '2023-09-28',
    start: '2023-09-28T13:00',
    end: '2023-09-28T16:00',
    endedAt: '2023-09-28T15:50',
    place: 'Havnehuset, mødelokale 2',
    onlineLink: 'https://meet.example.org/kystlandet-raad',
  },
  items: [
    {
      number: [0, 1],
      title: 'TEMA – Fremtidens arbejdskraft ved havnene',
      kinds: ['O', 'D'],
      presentation: true,
      presenters: ['Ida Pælebro', 'Ole Ankerkæde'],
      fields: {
        sagenKort: {
          label: 'Anledning',
          text: 'Havneerhvervene mangler faglærte til nye opgaver.',
        },
        indstilling: 'Formandskabet indstiller, at Rådet drøfter behovet.',
        beslutning:
          'Rådet drøftede behovet og bad sekretariatet om et forslag til næste møde.\nDrøftelsen fortsætter i grupper.',
        sagsfremstilling:
          'Havnene i regionen har fået nye ordrer inden for vindmøllelogistik.\nVirksomhederne efterspørger kranførere og svejsere.',
        bilag: [
          { number: '0.1.A', title: 'Bilag 0.1.A – Branchenotat om havnene' },
          {
            number: '0.1.B',
            title: 'Bilag 0.1.B – Kort om kranførerkurser',
            link: 'https://example.org/bilag/kranfoerer.pdf',
          },
        ],
        other: [{ label: 'Emner', text: '- Kranførerkurser\n- Svejsecertifikater', after: 4 }],
      },
    },
    {
      number: [0, 1, 1],
      theme: '0.1 TEMA – Fremtidens arbejdskraft ved havnene (Oplæg + O+D)',
      title: 'Fælles indsats for unge ledige',
      kinds: ['B'],
      presentation: false,
      presenters: [],
      fields: {
        sagenKort: { label: 'Sagen kort', text: 'Flere unge under 25 år er ledige end sidste år.' },
        indstilling: 'Sekretariatet indstiller, at Rådet godkender en fælles indsats.',
        beslutning: 'Indstillingen blev godkendt.',
        bilag: [],
        other: [],
      },
    },
    {
      number: [1, 1, 1],
      theme: '1. Rådets interne forhold',
      title: 'Godkendelse af dagsorden',
      kinds: ['B'],
      presentation: false,
      presenters: [],
      fields: {
        sagenKort: { label: 'Anledning', text: 'Formandskabet fastlægger dagsordenen.' },
        indstilling: 'Det indstilles, at Rådet godkender dagsordenen.',
        beslutning: 'Godkendt.',
        bilag: [],
        other: [{ label: 'Tidsramme', text: '5 minutter.', after: 0 }],
      },
    },
    {
      number: [2],
      title: 'Borgere på kanten',
      kinds: [],
      presentation: false,
      presenters: [],
      fields: {
        sagenKort: {
          label: 'Anledning',
          text: 'Rådet følger langtidsledigheden tæt.',
        },
        bilag: [],
        other: [],
      },
    },
    {
      number: [2, 1, 1],
      theme: '2. Borgere på kanten',
      title: 'Langtidsledighed – nye tal',
      kinds: ['O'],
      presentation: false,
      presenters: [],
      fields: {
        sagenKort: { label: 'Anledning', text: 'Sekretariatet har samlet nye tal.' },
        beslutning: 'Taget til efterretning uden drøftelse.',
        sagsfremstilling: 'Langtidsledigheden steg med 4 procent.',
        bilag: [],
        other: [{ label: 'Opfølgning', text: 'Nye tal på næste møde.', after: 5 }],
      },
    },
  ],
  attendance: [
    { organisation: 'Oplægsholdere', people: [{ name: 'Ida Pælebro', note: 'under punkt 0.1' }] },
    {
      organisation: 'FH',
      people: [{ name: 'Anna Kajplads' }, { name: 'Bo Bølgebryder', note: 'tidligere LO' }],
    },
    { organisation: 'DA', people: [{ name: 'Carl Fyrtårn', note: 'fra kl. 13 til 15' }] },
    {
      organisation: 'Tilforordnede',
      people: [{ name: 'Dorte Sandbanke', note: 'Tilforordnet; Erhvervsakademi Kyst' }],
    },
    { organisation: 'Baglande repræsentanter', people: [{ name: 'Erik Strandeng' }] },
    {
      organisation: 'sekretariatet',
      people: [{ name: 'Frida Klitrose' }, { name: 'Gert Tangvej' }],
    },
  ],
};
