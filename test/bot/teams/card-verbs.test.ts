/** The shared card-verb router: data parsed by each verb's schema; a bad payload or a failure is answered, never thrown. */
import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { StoreUnavailableError } from '../../../src/app/ports.ts';
import { cardText, defineVerb, registerCardVerbs } from '../../../src/bot/teams/card-verbs.ts';
import type { TeamsKit } from '../../../src/bot/teams/handlers/teams-kit.ts';
import { describeFailure } from '../../../src/i18n/shared/index.ts';

type Handler = (context: TurnContext, state: unknown, data: unknown) => Promise<unknown>;

function routerWith(verbs: Parameters<typeof registerCardVerbs>[2]) {
  const execute = new Map<string, Handler>();
  const submit = new Map<string, Handler>();
  const app = {
    adaptiveCards: {
      actionExecute: (verb: string, handler: Handler) => execute.set(verb, handler),
      actionSubmit: (verb: string, handler: Handler) => submit.set(verb, handler),
    },
  } as unknown as AgentApplication<TurnState>;
  const kit = {
    // Someone the council does not know, whose conversation is bound to an English-speaking council.
    speaker: async () => ({ ok: false, locale: 'en', text: 'not on the roster', place: {} }),
    deps: { defaultLocale: 'da', log: { error: () => undefined } },
  } as unknown as TeamsKit;
  registerCardVerbs(app, kit, verbs);
  const sent: unknown[] = [];
  const context = {
    activity: {},
    sendActivity: async (activity: { text?: string }) => void sent.push(activity.text),
  } as unknown as TurnContext;
  return {
    click: (verb: string, data: unknown) => execute.get(verb)!(context, {}, { verb, data }),
    submit: async (verb: string, data: unknown) => {
      await submit.get(verb)!(context, {}, data);
      return sent;
    },
    registered: { execute: [...execute.keys()], submit: [...submit.keys()] },
  };
}

describe('card verbs', () => {
  const seen: unknown[] = [];
  const count = defineVerb(
    'count',
    z.object({ n: z.number(), note: cardText }),
    async (_k, _c, data) => {
      seen.push(data);
      return `counted ${data.n}`;
    },
  );

  it('hand the handler its data parsed: text trimmed, empty text as not given', async () => {
    const router = routerWith([count]);
    expect(await router.click('count', { n: 2, note: '  ' })).toBe('counted 2');
    expect(seen.at(-1)).toEqual({ n: 2, note: undefined });
    expect(router.registered).toEqual({ execute: ['count'], submit: [] });
  });

  it("answer a payload the schema refuses as a bad field in the clicker's language", async () => {
    const router = routerWith([count]);
    const badN = describeFailure('en', {
      code: 'invalid_input',
      field: 'n',
      params: { problem: 'invalid' },
    });
    expect(await router.click('count', { n: 'two' })).toBe(badN);
    expect(await router.click('count', 'not even an object')).toBe(badN);
  });

  it('answer a failing handler with one sentence, never a throw', async () => {
    const failing = defineVerb('fail', z.object({}), async () => {
      throw new StoreUnavailableError('down');
    });
    expect(await routerWith([failing]).click('fail', {})).toBe(
      describeFailure('da', { code: 'store_unavailable' }),
    );
  });

  it('answer the fallback Action.Submit in a message when the verb takes one', async () => {
    const vote = defineVerb('vote', z.object({ choice: cardText }), async () => 'card', {
      submitted: async (_k, _c, data) => `text ${data.choice}`,
    });
    const router = routerWith([vote]);
    expect(router.registered.submit).toEqual(['vote']);
    expect(await router.submit('vote', { choice: ' for ' })).toEqual(['text for']);
  });
});
