/** App Home with a long agenda, referater to approve and a full page of hearings stays within Slack's limits. */
import { describe, expect, it } from 'vitest';
import { homeView } from '../../../../src/bot/slack/hearings/home-view.ts';
import {
  nextMeetingBlocks,
  nextMeetingMaxBlocks,
} from '../../../../src/bot/slack/meetings/next-meeting-blocks.ts';
import { anAppWithCouncil } from '../../../fakes/in-memory-app.ts';
import { blockKitViolations } from '../../../support/block-kit-limits.ts';
import { heldMeetingWithMinutes, longAgenda, planMeeting } from '../../../support/meeting-seeds.ts';
import { aHearingView } from '../hearings/render-fixtures.ts';

describe('App Home within limits', () => {
  it('a published agenda of 40 items, four referater to approve and 20 hearings fit in 100 blocks, the hearings shrinking to make room', async () => {
    const { app, deps, council, roster } = await anAppWithCouncil();
    const seed = { councilId: council.id, actorId: roster.secretary.id, now: deps.clock.now() };
    for (let count = 0; count < 4; count += 1) await heldMeetingWithMinutes(app, seed);
    await planMeeting(app, seed, { agenda: longAgenda(40) });
    const next = await app.nextMeetingForMember({
      councilId: council.id,
      memberId: roster.members[0]!.id,
    });
    if (!next.ok) throw new Error(next.code);
    expect(next.value.next?.record.items).toHaveLength(40);
    expect(next.value.minutesAwaiting).toHaveLength(4);
    const hearings = await Promise.all(Array.from({ length: 20 }, () => aHearingView()));

    const sections = nextMeetingBlocks(next.value);
    const home = homeView({
      kind: 'member',
      council,
      hearings,
      total: 25,
      canOpen: true,
      banner: 'Afbud er registreret.',
      sections,
    });

    expect(sections.length).toBeLessThanOrEqual(nextMeetingMaxBlocks);
    expect(home.blocks.length).toBeLessThanOrEqual(100);
    expect(blockKitViolations(home as unknown as Record<string, unknown>, 'home')).toEqual([]);
    const text = JSON.stringify(home);
    expect(text).toContain('1.1 Punkt 1');
    expect(text).toContain('1.40 Punkt 40');
    expect(text).toContain('Godkend referat');
    // Fewer hearing cards fit under the meeting; the rest are counted, and the footer stays.
    expect(text).toMatch(/og \d+ høringer mere|\d+ more/);
    expect(home.blocks.at(-1)?.type).toBe('context');
  });
});
