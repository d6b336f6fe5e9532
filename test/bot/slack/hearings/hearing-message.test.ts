import { describe, expect, it } from 'vitest';
import { hearingMessage } from '../../../../src/bot/slack/hearings/hearing-message.ts';
import {
  cancelledReply,
  deadlineMovedReply,
  resultReply,
} from '../../../../src/bot/slack/hearings/thread-replies.ts';
import { blockKitViolations } from '../../../support/block-kit-limits.ts';
import { aHearingView, longest } from './render-fixtures.ts';

describe('the hearing message', () => {
  it('an open vote: facts, proposal, live counts, neutral buttons and what to do next', async () => {
    const view = await aHearingView({
      ballots: [
        [0, 'for'],
        [1, 'against'],
      ],
    });

    const message = hearingMessage(view);

    expect(message).toMatchSnapshot();
    expect(blockKitViolations({ ...message }, 'message')).toEqual([]);
  });

  it('where Imod needs a reason, Imod opens the reason modal', async () => {
    const view = await aHearingView({ input: { rules: { reasonRequiredWithAgainst: true } } });

    const actions = hearingMessage(view).blocks.find((block) => block.type === 'actions');

    expect(actions).toMatchInlineSnapshot(`
      {
        "block_id": "hearing.h0001.actions",
        "elements": [
          {
            "action_id": "vote.for",
            "text": {
              "emoji": true,
              "text": "For",
              "type": "plain_text",
            },
            "type": "button",
            "value": "h0001",
          },
          {
            "action_id": "reason.against",
            "text": {
              "emoji": true,
              "text": "Imod",
              "type": "plain_text",
            },
            "type": "button",
            "value": "h0001",
          },
          {
            "action_id": "vote.abstain",
            "text": {
              "emoji": true,
              "text": "Undlader at stemme",
              "type": "plain_text",
            },
            "type": "button",
            "value": "h0001",
          },
          {
            "action_id": "reason.any",
            "text": {
              "emoji": true,
              "text": "Begrund …",
              "type": "plain_text",
            },
            "type": "button",
            "value": "h0001",
          },
        ],
        "type": "actions",
      }
    `);
  });

  it('stiltiende godkendelse: the explainer and one button that opens the objection form', async () => {
    const view = await aHearingView({ input: { mode: 'silence' } });

    const message = hearingMessage(view);

    expect(JSON.stringify(message.blocks)).toContain(
      'Forslaget er vedtaget, medmindre der gøres indsigelse inden fristen.',
    );
    const actions = message.blocks.find((block) => block.type === 'actions');
    expect(actions).toMatchObject({
      elements: [{ action_id: 'reason.objection', text: { text: 'Indsigelse' } }],
    });
  });

  it('results after the deadline: counts hidden while open', async () => {
    const view = await aHearingView({
      input: { rules: { results: 'after_close' } },
      ballots: [[0, 'for']],
    });

    expect(JSON.stringify(hearingMessage(view).blocks)).toContain(
      '1 af 8 har svaret. Resultatet vises efter fristen.',
    );
    expect(JSON.stringify(hearingMessage(view).blocks)).not.toContain('For: 1');
  });

  it('closed: the outcome, final counts and who closed it; no buttons', async () => {
    const view = await aHearingView({
      ballots: [
        [0, 'for'],
        [1, 'for'],
        [2, 'for'],
        [3, 'against'],
        [4, 'abstain'],
      ],
      close: true,
    });

    const message = hearingMessage(view);

    expect(message).toMatchSnapshot();
    expect(message.blocks.some((block) => block.type === 'actions')).toBe(false);
  });

  it('in English for an English council', async () => {
    const view = await aHearingView({ locale: 'en' });

    const text = JSON.stringify(hearingMessage(view));

    expect(text).toContain('Deadline: Saturday 28 November at 12:00');
    expect(text).toContain('"text":"Against"');
    expect(text).toContain('See your hearings in Rådsbot\'s \\"Home\\" tab');
  });

  it('the longest title and proposal stay within Slack limits, and user text never mentions anyone', async () => {
    const view = await aHearingView({ input: longest });

    const message = hearingMessage(view);

    expect(blockKitViolations({ ...message }, 'message')).toEqual([]);
    const json = JSON.stringify(message.blocks);
    expect(json).toContain('&lt;@U0ALLE&gt; &amp; &lt;!channel&gt;');
    expect(json).not.toContain('<!channel>');
    expect(message.text).toContain('Æblemost &amp; &lt;b&gt;');
  });
});

describe('the replies in the hearing thread', () => {
  it('the result names who answered what in a named vote', async () => {
    const view = await aHearingView({
      ballots: [
        [0, 'for'],
        [1, 'for'],
        [2, 'against'],
      ],
      close: true,
    });

    const reply = resultReply(view);

    expect(reply).toMatchSnapshot();
    expect(blockKitViolations({ ...reply }, 'message')).toEqual([]);
  });

  it("a substitute votes for an absent member's seat and the result names the substitute for that seat", async () => {
    const view = await aHearingView({
      absentMemberIndex: 0,
      substituteChoice: 'abstain',
      ballots: [[1, 'for']],
      close: true,
    });

    const text = resultReply(view)
      .blocks.map((block) => JSON.stringify(block))
      .join('\n');

    expect(text).toContain(
      '*Undlader at stemme*: Jeppe Kragsmark (DA, suppleant for Dines Kragsmark)',
    );
    expect(text).toContain('*For*: Edel Kragsmark (FH)');
    expect(text).not.toContain('Dines Kragsmark (DA)');
  });

  it('"Ikke svaret" names who holds the seat: the substitute during afbud', async () => {
    const view = await aHearingView({ absentMemberIndex: 0, ballots: [[1, 'for']], close: true });

    const text = JSON.stringify(resultReply(view).blocks);

    expect(text).toMatch(/Ikke svaret: [^"]*Jeppe Kragsmark \(DA, suppleant for Dines Kragsmark\)/);
  });

  it('a secret vote lists no names', async () => {
    const view = await aHearingView({
      input: { rules: { ballot: 'secret' } },
      ballots: [
        [0, 'for'],
        [1, 'against'],
      ],
      close: true,
    });

    const reply = resultReply(view);

    expect(reply.blocks).toHaveLength(2);
    // Only the secretary who closed it is named; none of the voters.
    const voters = view.seats.filter((seat) => seat.responded).map((seat) => seat.memberName);
    expect(voters).toHaveLength(2);
    for (const voter of voters) expect(JSON.stringify(reply)).not.toContain(voter);
  });

  it('a cancelled hearing and a moved deadline are one line each', async () => {
    const view = await aHearingView();

    expect(cancelledReply(view).text).toBe(
      'Høringen «Udkast til beskæftigelsesplan 2027» er trukket tilbage.',
    );
    expect(deadlineMovedReply(view).text).toBe(
      'Fristen for «Udkast til beskæftigelsesplan 2027» er flyttet til lørdag 28. november kl. 12.00.',
    );
  });
});
