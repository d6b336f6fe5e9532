import type { Params } from '../messages.ts';

/** Danish for group discussions on the command line: the help block and the answers. */
export const cliDa = {
  'cli.help.discussions': `  npm run cli -- discussion start --title T --topic "Titel|spørgsmål 1|spørgsmål 2" [--topic …] (--groups N | --group-size N)
        --sign-up-deadline "ÅÅÅÅ-MM-DD TT:MM" --window-start "ÅÅÅÅ-MM-DD TT:MM" --window-end "ÅÅÅÅ-MM-DD TT:MM"
        --summaries-due "ÅÅÅÅ-MM-DD TT:MM" [--room URL …] [--meeting MØDE --item PUNKT] --as ID
                                                                  sæt en gruppedrøftelse op (én --room til alle grupper, eller én pr. gruppe)
  npm run cli -- discussion edit DRØFTELSE [--title T] [--topic …] [--groups N | --group-size N] [--sign-up-deadline …]
        [--window-start …] [--window-end …] [--summaries-due …] [--room URL … | --no-rooms] --as ID
                                                                  ret opsætningen: kun de flag, du giver, ændres (efter udmelding: titel, tidsrum, frist for opsamlinger, links)
  npm run cli -- discussion list [--json]                         rådets gruppedrøftelser, de nyeste først
  npm run cli -- discussion show DRØFTELSE [--json]               deltagere, tilmeldinger, forslaget med begrundelser, opsamlingernes status
  npm run cli -- discussion sign-up DRØFTELSE --topic A [--volunteer ordstyrer|referent] --as ID   vælg emne (og meld dig som ordstyrer eller referent)
  npm run cli -- discussion form DRØFTELSE [--seed N] [--json] --as ID   dan grupperne (håndrettelser bevares)
  npm run cli -- discussion move DRØFTELSE --member M --group A2 --as ID   flyt en deltager til en anden gruppe
  npm run cli -- discussion role DRØFTELSE --group A1 (--referent M | --ordstyrer M) --as ID   giv en rolle i gruppen til et af dens medlemmer
  npm run cli -- discussion announce DRØFTELSE --as ID            meld grupperne ud: hver deltager får sin gruppe, og hver gruppe en besked i tråden
  npm run cli -- discussion summary DRØFTELSE --group A1 --answer "…" [--answer "…"] [--notes "…"] --as ID   aflevér eller ret gruppens opsamling
  npm run cli -- discussion compile DRØFTELSE --as ID             læg opsamlingen i kanalen nu, før alle har afleveret
  npm run cli -- discussion comment DRØFTELSE --deadline "ÅÅÅÅ-MM-DD TT:MM" --as ID   send opsamlingen i høring til kommentering og supplering
  npm run cli -- discussion cancel DRØFTELSE --as ID              aflys gruppedrøftelsen`,
  'discussion.cli.missing_id': (p: Params) =>
    `Angiv gruppedrøftelsen: npm run cli -- discussion ${p['command']} DRØFTELSE. Se dem med «discussion list».`,
  'discussion.cli.bad_number': (p: Params) =>
    `${p['flag']} skal være et helt tal, fx ${p['example']}.`,
  'discussion.cli.bad_topic': (p: Params) =>
    `--topic «${p['text']}»: skriv emnets titel og dets spørgsmål adskilt af |, fx "Grøn omstilling|Hvilke kompetencer mangler?".`,
  'discussion.cli.one_role': 'Angiv enten --referent eller --ordstyrer, ikke begge.',
  'discussion.cli.started': (p: Params) =>
    `Gruppedrøftelsen «${p['title']}» er sat op [${p['id']}]. Tilmeldingen er åben til ${p['when']}.`,
  'discussion.cli.none': 'Rådet har ingen gruppedrøftelser. Sæt en op med «discussion start».',
  'discussion.cli.list_line': (p: Params) =>
    `[${p['id']}] ${p['title']} — ${p['status']}${p['item']}`,
  'discussion.cli.list_item': (p: Params) => ` (punkt ${p['item']} på møde ${p['meeting']})`,
  'discussion.cli.participants': (p: Params) => `Deltagere (${p['count']}):`,
  'discussion.cli.participant_choice': (p: Params) =>
    `${p['topic']}${p['volunteer'] ? `, vil være ${p['volunteer']}` : ''}`,
  'discussion.cli.no_choice': 'intet emne valgt',
  'discussion.cli.holds_seat_of': (p: Params) => `suppleant for ${p['member']}`,
  'discussion.cli.sign_ups': 'Tilmeldinger:',
  'discussion.cli.proposal': 'Forslag til grupper:',
  'discussion.cli.groups': 'Grupperne:',
  'discussion.cli.no_proposal':
    'Grupperne er ikke dannet endnu. Dan dem med «discussion form DRØFTELSE --as ID».',
  'discussion.cli.reasons': 'Begrundelser:',
  'discussion.cli.manual': (p: Params) =>
    `Håndrettelser: ${p['count']} (bevares, når grupperne dannes igen)`,
  'discussion.cli.summaries': 'Opsamlinger:',
  'discussion.cli.signed_up': (p: Params) => `Du er tilmeldt ${p['topic']}.`,
  'discussion.cli.no_preference':
    'Du har intet emne valgt og placeres, hvor grupperne har brug for dig.',
  'discussion.cli.volunteered': (p: Params) => `Du har meldt dig som ${p['role']}.`,
  'discussion.cli.formed': (p: Params) =>
    `Grupperne er dannet (seed ${p['seed']}). Se dem igennem, og meld dem ud med «discussion announce ${p['id']} --as ID».`,
  'discussion.cli.moved': (p: Params) => `${p['member']} er flyttet til gruppe ${p['group']}.`,
  'discussion.cli.role_given': (p: Params) =>
    `${p['member']} er nu ${p['role']} i gruppe ${p['group']}.`,
  'discussion.cli.announced': (p: Params) =>
    `Grupperne er meldt ud (${p['groups']} grupper). Hver deltager får sin gruppe i en direkte besked.`,
  'discussion.cli.summary_saved': (p: Params) =>
    `Gruppe ${p['group']}s opsamling er gemt (version ${p['revision']}).`,
  'discussion.cli.all_in': 'Alle grupper har afleveret: opsamlingen er lagt i kanalen.',
  'discussion.cli.compiled': 'Opsamlingen er lagt i kanalen:',
  'discussion.cli.commented': (p: Params) =>
    `Opsamlingen er sendt i høring til kommentering og supplering [${p['id']}]. Se høringen med «hearing show ${p['id']}».`,
  'discussion.cli.cancelled': (p: Params) => `Gruppedrøftelsen «${p['title']}» er aflyst.`,
} as const;
