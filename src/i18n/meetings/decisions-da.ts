import type { Params } from '../messages.ts';

const tally = (p: Params): string =>
  `For ${p['for']}, Imod ${p['against']}, Undlader ${p['abstain']}`;

/**
 * Danish for decisions (Beslutning), "Taget til efterretning" and the
 * follow-up sheet (opfølgningsark). Spread into da.ts.
 */
export const decisionsDa = {
  // errors: the codes of src/domain/meetings/errors.ts
  'error.decision_item_not_found': (p: Params) =>
    `Mødet har intet punkt ${p['item']}. Tjek punktets nummer på dagsordenen.`,
  'cli.hint.decision_item_not_found': 'Se punkterne med «meeting show MØDE».',
  'error.noted_only_for_information': (p: Params) =>
    `Punkt ${p['item']} er ikke et orienteringspunkt (O). «Taget til efterretning» er kun for O-punkter; skriv beslutningen i stedet.`,
  'error.decision_after_approval':
    'Referatet er godkendt, og beslutningerne står nu i det godkendte referat. Intet er ændret.',
  'error.decision_changed_meanwhile': (p: Params) =>
    [
      p['by'] === ''
        ? `Punkt ${p['item']} er ændret, siden du åbnede det.`
        : `Punkt ${p['item']} er ændret af ${p['by']} den ${String(p['date']).split('-').reverse().join('.')} kl. ${String(p['time']).replace(':', '.')}, siden du åbnede det (nu revision ${p['revision']}).`,
      p['current'] === '' ? '' : `Beslutningen er nu: «${p['current']}»`,
      `Din tekst er ikke gemt: «${p['yours']}»`,
    ]
      .filter((line) => line !== '')
      .join('\n'),
  'error.follow_up_point_not_found': (p: Params) =>
    `Opfølgningspunktet ${p['point']} findes ikke. Et punkt hedder MØDE/PUNKT, fx m0001/2.1.`,
  'cli.hint.follow_up_point_not_found': 'Se punkterne med «meeting followup list».',
  'error.follow_up_nothing_to_set':
    'Sig, hvad der skal ændres: ansvarlig, frist eller status. Intet er ændret.',

  // the wording of decisions, in the minutes' words
  'meeting.decision.noted_text': 'Taget til efterretning.',
  'meeting.decision.prefill.adopted': (p: Params) => `Rådet vedtog indstillingen (${tally(p)})`,
  'meeting.decision.prefill.rejected': (p: Params) =>
    `Rådet forkastede indstillingen (${tally(p)})`,
  'meeting.decision.prefill.no_quorum': (p: Params) =>
    `Rådet var ikke beslutningsdygtigt i høringen: svar fra ${p['responded']} af ${p['eligible']} (${tally(p)})`,
  'meeting.decision.prefill.silence_adopted':
    'Rådet godkendte indstillingen stiltiende: der kom ingen indsigelser inden fristen',
  'meeting.decision.prefill.silence_rejected': (p: Params) =>
    `Indstillingen blev ikke godkendt stiltiende: der kom ${p['objections']} ${Number(p['objections']) === 1 ? 'indsigelse' : 'indsigelser'} inden fristen`,
  'meeting.decision.prefill.comments': (p: Params) =>
    `Rådet kommenterede indstillingen i høring: ${p['comments']} høringssvar fra ${p['responded']} af ${p['eligible']}`,
  'meeting.decision.action.recorded': 'skrevet',
  'meeting.decision.action.changed': 'ændret',
  'meeting.decision.action.noted': 'taget til efterretning',

  // the follow-up sheet
  'meeting.followup.heading': 'Opfølgning fra tidligere møder',
  'meeting.followup.status.open': 'åben',
  'meeting.followup.status.in_progress': 'i gang',
  'meeting.followup.status.done': 'udført',
  'meeting.followup.owner': (p: Params) => `ansvarlig: ${p['owner']}`,
  'meeting.followup.no_owner': 'ingen ansvarlig',
  'meeting.followup.due': (p: Params) => `frist ${p['date']}`,
  'meeting.followup.from': (p: Params) => `fra ${p['title']} ${p['date']}, punkt ${p['item']}`,
  'meeting.show.decision': (p: Params) => `Beslutning (revision ${p['revision']}): ${p['text']}`,

  // command line
  'cli.meeting.decision.missing_item': (p: Params) =>
    `Angiv mødet og punktets nummer efter «meeting ${p['command']}», fx «meeting ${p['command']} m0001 2.1».`,
  'cli.meeting.decision.draft_heading': (p: Params) =>
    `Udkast til beslutning på punkt ${p['item']} ${p['title']}:`,
  'cli.meeting.decision.from_hearing': (p: Params) => `(fra høringen «${p['title']}»)`,
  'cli.meeting.decision.from_decision': (p: Params) =>
    `(den gemte beslutning, revision ${p['revision']}, af ${p['by']})`,
  'cli.meeting.decision.from_imported':
    '(fra den importerede dagsorden eller det importerede referat)',
  'cli.meeting.decision.nothing': 'Der er ingen beslutning på punktet endnu.',
  'cli.meeting.decision.save_hint': (p: Params) =>
    `Gem med: npm run cli -- meeting decide ${p['meeting']} ${p['item']} --text "…" --revision ${p['revision']} --as ID${p['hearing'] === 'yes' ? ` (eller --from-hearing i stedet for --text)` : ''}`,
  'cli.meeting.decision.reapply': (p: Params) =>
    `Læs den nye beslutning med «meeting decide ${p['meeting']} ${p['item']} --as ID», og gem din tekst igen med --revision ${p['revision']}, hvis den stadig skal stå.`,
  'cli.meeting.decision.recorded': (p: Params) =>
    `Beslutningen på punkt ${p['item']} er gemt (revision ${p['revision']}).`,
  'cli.meeting.decision.noted': (p: Params) =>
    `Punkt ${p['item']} er taget til efterretning (revision ${p['revision']}).`,
  'cli.meeting.decision.no_hearing': (p: Params) =>
    `Der er ingen afsluttet høring med et resultat på punkt ${p['item']}. Skriv beslutningen med --text.`,
  'cli.meeting.decision.text_or_hearing': 'Brug enten --text eller --from-hearing, ikke begge.',
  'cli.meeting.decision.bad_revision':
    '--revision skal være et helt tal, 0 eller derover, fx --revision 2.',
  'cli.meeting.decisions.none': 'Ingen beslutninger er skrevet eller ændret endnu.',
  'cli.meeting.decisions.line': (p: Params) =>
    `${p['when']}  punkt ${p['item']}  ${p['action']} af ${p['by']} (revision ${p['revision']})`,
  'cli.meeting.decisions.before': (p: Params) => `    før:   ${p['text']}`,
  'cli.meeting.decisions.after': (p: Params) => `    efter: ${p['text']}`,
  'cli.meeting.followup.usage':
    'Brug «meeting followup list [--meeting MØDE] [--all]» eller «meeting followup set PUNKT [--owner NAVN] [--due ÅÅÅÅ-MM-DD] [--status open|in-progress|done] --as ID».',
  'cli.meeting.followup.missing_point':
    'Angiv punktet efter «meeting followup set», fx m0001/2.1. Se dem med «meeting followup list».',
  'cli.meeting.followup.bad_status': (p: Params) =>
    `--status skal være open, in-progress eller done, ikke «${p['status']}».`,
  'cli.meeting.followup.none': 'Der er ingen opfølgningspunkter at vise.',
  'cli.meeting.followup.updated': (p: Params) => `Opfølgningspunkt ${p['id']} er opdateret:`,
} as const;
