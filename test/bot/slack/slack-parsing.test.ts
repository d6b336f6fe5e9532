/** The small pure parts of the surface: commands, forms, message drafts, errors, replays. */
import { describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import { isReplay } from '../../../src/bot/slack/hearings/ballot-confirmation.ts';
import { parseRaadCommand } from '../../../src/bot/slack/listeners/parse-raad-command.ts';
import { councilSlack } from '../../../src/bot/slack/council/council-listeners.ts';
import { hearingsSlack } from '../../../src/bot/slack/hearings/hearing-listeners.ts';
import { draftFromMessage } from '../../../src/bot/slack/hearings/draft-from-message.ts';
import {
  blockForField,
  readOpenHearingForm,
} from '../../../src/bot/slack/hearings/read-open-hearing-form.ts';
import { deliveryErrorOf } from '../../../src/bot/slack/sender/slack-delivery-error.ts';
import { aBallot } from '../../fakes/council-mother.ts';
import { hearingFormValues } from '../../support/slack-payloads.ts';

describe('/raad subcommands', () => {
  it.each([
    ['', { kind: 'help' }],
    ['hjaelp', { kind: 'help' }],
    ['Hjælp', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['ny Budget 2027', { kind: 'new', title: 'Budget 2027' }],
    ['new', { kind: 'new', title: '' }],
    ['mine', { kind: 'mine' }],
    ['my', { kind: 'mine' }],
    ['AFBUD', { kind: 'absence' }],
    ['absence', { kind: 'absence' }],
    ['stem for', { kind: 'unknown', text: 'stem for' }],
  ])('"%s"', (text, expected) => {
    const subcommands = [hearingsSlack, councilSlack].flatMap((part) => part.raadCommands ?? []);
    expect(parseRaadCommand(text, subcommands)).toEqual(expected);
  });
});

describe('the hearing form', () => {
  it('becomes the use case input, rules from the checkboxes', () => {
    const form = readOpenHearingForm(
      hearingFormValues({
        title: 'T',
        date: '2026-12-01',
        time: '09:30',
        mode: 'silence',
        majority: 'two_thirds',
        rules: ['secret', 'close_all'],
        agendaItem: ' 1.2 ',
      }),
    );

    expect(form).toEqual({
      input: {
        title: 'T',
        proposal: 'Formandskabet indstiller, at Rådet godkender udkastet.',
        agendaItem: '1.2',
        mode: 'silence',
        deadlineDate: '2026-12-01',
        deadlineTime: '09:30',
        rules: {
          majority: 'two_thirds',
          ballot: 'secret',
          results: 'live',
          reasonRequiredWithAgainst: false,
          closeWhenAllResponded: true,
        },
      },
      channel: 'C0BYRAAD01',
    });
  });

  it('missing pickers go through empty, for the use case to name', () => {
    const form = readOpenHearingForm(hearingFormValues({ date: null, time: null, channel: null }));

    expect(form.input).toMatchObject({ deadlineDate: '', deadlineTime: '' });
    expect(form.channel).toBeUndefined();
  });

  it.each([
    [undefined, 'title'],
    ['title', 'title'],
    ['deadline', 'deadlineDate'],
    ['deadlineTime', 'deadlineTime'],
    ['rules.majority', 'majority'],
    ['rules.quorum', 'rules'],
    ['labels.for', 'title'],
  ])('a failure on %s is shown on block %s', (field, block) => {
    expect(blockForField(field)).toBe(block);
  });
});

describe('a message turned into a draft', () => {
  it('takes the first line as the title and unwraps links and entities', () => {
    expect(
      draftFromMessage('# *Årshjul*\nSe <https://x.dk/a|bilag> og <@U1> &amp; <#C1|byraad>'),
    ).toEqual({
      title: 'Årshjul',
      proposal: '# *Årshjul*\nSe bilag (https://x.dk/a) og @U1 & byraad',
    });
  });

  it('an empty message gives an empty draft', () => {
    expect(draftFromMessage('  ')).toEqual({});
  });
});

describe('replayed clicks', () => {
  const at = (seconds: number) => new Date(Date.UTC(2026, 10, 23, 8, 0, seconds)).toISOString();

  it('the same answer again within seconds is a replay; much later, or another answer, is not', () => {
    const first = aBallot('m001', 'for', at(0));
    expect(isReplay({ ballot: aBallot('m001', 'for', at(5)), previous: first })).toBe(true);
    expect(isReplay({ ballot: aBallot('m001', 'for', at(30)), previous: first })).toBe(false);
    expect(isReplay({ ballot: aBallot('m001', 'against', at(1)), previous: first })).toBe(false);
  });
});

describe('Web API failures as the outbox reads them', () => {
  it('429 → rate_limited with Retry-After in ms', () => {
    const error = deliveryErrorOf(
      Object.assign(new Error('rl'), { code: webApi.ErrorCode.RateLimitedError, retryAfter: 3 }),
      'chat.update',
    );
    expect(error).toMatchObject({
      failure: 'rate_limited',
      details: { retryAfterMs: 3_000, status: 429 },
    });
  });

  it('a channel that is gone is permanent; Slack having a bad moment is transient', () => {
    const platform = (slackError: string) =>
      deliveryErrorOf(
        Object.assign(new Error(slackError), {
          code: webApi.ErrorCode.PlatformError,
          data: { ok: false, error: slackError },
        }),
        'x',
      );
    expect(platform('channel_not_found').failure).toBe('permanent');
    expect(platform('not_in_channel').failure).toBe('permanent');
    expect(platform('internal_error').failure).toBe('transient');
  });

  it('HTTP 5xx and network errors are transient, 4xx permanent', () => {
    const http = (statusCode: number) =>
      deliveryErrorOf(
        Object.assign(new Error('h'), { code: webApi.ErrorCode.HTTPError, statusCode }),
        'x',
      );
    expect(http(503).failure).toBe('transient');
    expect(http(400).failure).toBe('permanent');
    expect(deliveryErrorOf(new Error('ECONNRESET'), 'x').failure).toBe('transient');
  });
});
