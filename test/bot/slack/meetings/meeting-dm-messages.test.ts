import { describe, expect, it } from 'vitest';
import { afbudModal } from '../../../../src/bot/slack/meetings/afbud-modal.ts';
import { meetingDmMessage } from '../../../../src/bot/slack/meetings/reminder-dm-message.ts';
import { aDmView, everyDmNotice } from '../../present/meetings/meeting-dm-fixtures.ts';
import { blockKitViolations } from '../../../support/block-kit-limits.ts';

describe("a meeting's direct messages in Slack", () => {
  it('stay within Block Kit limits for every kind, a 40-item agenda and long texts, in both languages', () => {
    for (const locale of ['da', 'en'] as const)
      for (const notice of everyDmNotice) {
        const message = meetingDmMessage(aDmView(notice, locale));
        expect(blockKitViolations({ ...message }, 'message')).toEqual([]);
      }
  });

  it('show at most 15 agenda headings and say how many items more are in the channel', () => {
    const message = meetingDmMessage(aDmView(everyDmNotice[1]!, 'da'));
    const text = JSON.stringify(message.blocks);
    // Two themes and thirteen items make fifteen lines.
    expect(text).toContain('Punkt 13:');
    expect(text).not.toContain('Punkt 14:');
    expect(text).toContain('… og 27 punkter mere. Hele dagsordenen står i rådets kanal.');
  });

  it('tell the suppleant whose seat they hold, and carry no afbud button for them', () => {
    const message = meetingDmMessage(aDmView(everyDmNotice[1]!, 'da'));
    expect(JSON.stringify(message.blocks)).toMatch(/Du holder .+s plads på mødet/);
    expect(JSON.stringify(message.blocks)).not.toContain('"type":"actions"');
  });

  it("link the whole agenda as a document when the view has the link, e.g. in the suppleant's message", () => {
    const suppleant = aDmView(everyDmNotice[1]!, 'da');
    expect(JSON.stringify(meetingDmMessage(suppleant).blocks)).not.toContain('/files/');
    const linked = meetingDmMessage({
      ...suppleant,
      agendaUrl: 'http://127.0.0.1:8080/files/ag.sig',
    });
    expect(JSON.stringify(linked.blocks)).toContain(
      '<http://127.0.0.1:8080/files/ag.sig|Hele dagsordenen (Word)>',
    );
    expect(blockKitViolations({ ...linked }, 'message')).toEqual([]);
  });

  it('the afbud modal stays within the limits with a long title', () => {
    const { meeting } = aDmView(everyDmNotice[0]!, 'da').view.record;
    for (const locale of ['da', 'en'] as const)
      expect(
        blockKitViolations({ ...afbudModal(locale, meeting, { m: meeting.id }) }, 'modal'),
      ).toEqual([]);
  });
});
