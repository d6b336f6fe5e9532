import { describe, expect, it } from 'vitest';
import {
  discussionDmModel,
  discussionMessageModel,
  groupReplyModel,
} from '../../../../src/bot/present/discussions/discussion-models.ts';
import { groupReplyOf } from '../../../../src/bot/present/discussions/discussion-notice-plans.ts';
import {
  groupMemberLines,
  signUpCountLines,
  summaryStatusText,
  timeLines,
} from '../../../../src/bot/present/discussions/discussion-texts.ts';
import { groupPicture } from '../../../../src/bot/present/discussions/group-pictures.ts';
import { instantText } from '../../../../src/bot/present/discussions/discussion-time.ts';
import { aCouncil } from '../../../fakes/council-mother.ts';
import {
  aDiscussion,
  aSummary,
  announcedView,
  compiledView,
  memberOf,
  signUpView,
} from './discussion-fixtures.ts';

describe("a discussion's texts", () => {
  it('count sign-ups per topic with volunteers, and those who have not chosen', () => {
    expect(signUpCountLines('da', signUpView())).toEqual([
      'Emne A: Grøn omstilling — 3 tilmeldt; 1 vil være ordstyrer, 1 referent',
      'Emne B: Digitalisering — 1 tilmeldt; 0 vil være ordstyrer, 1 referent',
      '2 har ikke valgt emne endnu og placeres, hvor grupperne har brug for det.',
    ]);
  });

  it('say how many groups have submitted', () => {
    expect(summaryStatusText('da', announcedView())).toBe('1 af 3 grupper har afleveret');
    expect(summaryStatusText('en', compiledView())).toBe('2 of 3 groups have submitted');
  });

  it('name each member with organisation and mark ordstyrer and referent', () => {
    const picture = groupPicture(announcedView(), 'A2')!;
    expect(groupMemberLines('da', picture)).toEqual([
      'Bjarke Lyngholt (FH) – referent',
      'Edel Ovesholm (DA) – ordstyrer',
    ]);
  });

  it('mark the ordstyrer who took over writing when the referent left', () => {
    const view = announcedView({ writers: { A1: 'm3', A2: 'm5', B1: 'm4' } });
    expect(groupMemberLines('da', groupPicture(view, 'A2')!)[1]).toBe(
      'Edel Ovesholm (DA) – ordstyrer, skriver opsamlingen',
    );
  });

  it('word the times as the meetings do, in council time', () => {
    expect(timeLines('da', aDiscussion())).toEqual([
      'Tilmeldingsfrist: tirsdag 18. maj 2027 kl. 12.00',
      'Drøftelsen: 20. maj 2027 kl. 13.00–14.30',
      'Opsamlinger afleveres senest fredag 21. maj 2027 kl. 16.00',
    ]);
    expect(instantText(aCouncil(), '2027-05-21T14:00:00.000Z')).toBe(
      'fredag 21. maj 2027 kl. 16.00',
    );
    expect(timeLines('en', aDiscussion({ windowEnd: '2027-05-21T09:00' }))[1]).toBe(
      'The discussion: Thursday 20 May 2027 at 13:00 to Friday 21 May 2027 at 09:00',
    );
  });
});

describe("the discussion's message", () => {
  const council = aCouncil();

  it('shows topics, questions, deadline and sign-ups while sign-up is open', () => {
    const model = discussionMessageModel({ council, view: signUpView() });
    expect(model.phase).toBe('sign_up');
    expect(model.headline).toBe('Gruppedrøftelse: Fremtidens kompetencer');
    expect(model.itemLine).toBe('Til dagsordenens punkt 3');
    expect(model.topics[0]?.questions).toEqual([
      '1. Hvilke kompetencer mangler?',
      '2. Hvem skal uddanne dem?',
    ]);
    expect(model.signUps).toHaveLength(3);
    expect(model.groups).toEqual([]);
  });

  it('shows the groups and which have submitted once announced', () => {
    const model = discussionMessageModel({ council, view: announcedView() });
    expect(model.phase).toBe('groups');
    expect(model.groups.map((group) => group.line)).toEqual([
      'Gruppe A1 · Emne A: Grøn omstilling — opsamling afleveret',
      'Gruppe A2 · Emne A: Grøn omstilling — mangler opsamling',
      'Gruppe B1 · Emne B: Digitalisering — mangler opsamling',
    ]);
    expect(model.summaryStatus).toBe('1 af 3 grupper har afleveret');
  });

  it('points to the opsamling once compiled', () => {
    const model = discussionMessageModel({ council, view: compiledView() });
    expect(model.phase).toBe('compiled');
    expect(model.closingLine).toBe(
      'Opsamlingen fra gruppedrøftelserne er lagt i kanalen (fredag 21. maj 2027 kl. 16.00).',
    );
  });

  it("gives each group's reply its members, questions, room and status", () => {
    const reply = groupReplyModel(groupReplyOf({ council, view: announcedView() }, 'A1'));
    expect(reply).toMatchObject({
      heading: 'Gruppe A1 · Emne A: Grøn omstilling',
      members: ['Asta Kragsmark (DA) – ordstyrer', 'Cille Mosevang (KL) – referent'],
      room: 'Mødelokale: https://rum.example/a1',
      submitted: true,
    });
  });
});

describe("a discussion's direct messages say", () => {
  const council = aCouncil();

  it('the referent their group, their role, and that they write the summary by the due time', () => {
    const view = announcedView();
    const picture = groupPicture(view, 'A1')!;
    const model = discussionDmModel({
      kind: 'discussion_group_to_member',
      notice: {
        kind: 'discussion_group_to_member',
        councilId: council.id,
        discussionId: 'd0001',
        memberId: 'm3',
        sequence: 2,
      },
      council,
      view,
      member: memberOf('m3'),
      ...picture,
    });
    expect(model.headline).toBe('Du er i gruppe A1 til gruppedrøftelsen «Fremtidens kompetencer».');
    expect(model.lines.slice(0, 2)).toEqual([
      'Du er referent i gruppen.',
      'Du skriver gruppens opsamling: ét svar pr. spørgsmål og noter. Frist: fredag 21. maj 2027 kl. 16.00.',
    ]);
    expect(model.action).toBe('summary');
    expect(model.group?.room).toBe('Mødelokale: https://rum.example/a1');
  });

  it('the writer at the due time that the deadline has passed and the opsamling went without it, with nothing left to press', () => {
    const view = announcedView({ summaries: [aSummary('A1')] });
    const model = discussionDmModel({
      kind: 'discussion_summary_reminder',
      notice: {
        kind: 'discussion_summary_reminder',
        councilId: council.id,
        discussionId: 'd0001',
        memberId: 'm2',
        groupKey: 'A2',
        reminderKey: 'due',
        sequence: 2,
      },
      council,
      view,
      member: memberOf('m2'),
      ...groupPicture(view, 'A2')!,
    });
    expect(model.headline).toContain('er nået (fredag 21. maj 2027 kl. 16.00)');
    expect(model.headline).toContain('sendt til rådet uden den');
    expect(model.action).toBe('none');
  });

  it('the ordstyrer taking over from a referent who sent afbud is told why, with the form to write in', () => {
    const view = announcedView();
    const model = discussionDmModel({
      kind: 'discussion_summary_reminder',
      notice: {
        kind: 'discussion_summary_reminder',
        councilId: council.id,
        discussionId: 'd0001',
        memberId: 'm2',
        groupKey: 'A2',
        reminderKey: 'takeover',
        sequence: 2,
      },
      council,
      view,
      member: memberOf('m2'),
      ...groupPicture(view, 'A2')!,
    });
    expect(model.headline).toBe(
      'Referenten i gruppe A2 har meldt afbud, så du som ordstyrer skriver gruppens opsamling til «Fremtidens kompetencer». Fristen er fredag 21. maj 2027 kl. 16.00.',
    );
    expect(model.action).toBe('summary');
  });

  it('a suppleant is invited with the topics to choose from, in words of their own', () => {
    const view = signUpView();
    const participant = view.participants[0]!;
    const model = discussionDmModel({
      kind: 'discussion_sign_up_reminder',
      notice: {
        kind: 'discussion_sign_up_reminder',
        councilId: council.id,
        discussionId: 'd0001',
        memberId: participant.memberId,
        sequence: 1,
        invitation: true,
      },
      council,
      view,
      member: memberOf(participant.memberId),
      participant,
    });
    expect(model.headline).toMatch(
      /^Du er inviteret til gruppedrøftelsen «Fremtidens kompetencer»: du er suppleant for et medlem, der har meldt afbud, og deltager i stedet\. Vælg et emne inden /,
    );
    expect(model.action).toBe('sign_up');
    expect(model.lines[0]).toContain('Grøn omstilling');
  });
});
