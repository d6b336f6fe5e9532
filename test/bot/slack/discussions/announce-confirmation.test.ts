import { describe, expect, it } from 'vitest';
import { proposalMessage } from '../../../../src/bot/slack/discussions/proposal-message.ts';
import { discussionActionIds } from '../../../../src/bot/slack/discussions/discussion-ids.ts';
import { aProposal, signUpView } from '../../present/discussions/discussion-fixtures.ts';

/** The confirm dialog's text on "Udsend grupperne". */
function announceConfirmText(message: ReturnType<typeof proposalMessage>): string {
  type Element = { action_id?: string; confirm?: { text: { text: string } } };
  const blocks = message.blocks as unknown as { elements?: Element[] }[];
  const button = blocks
    .flatMap((block) => block.elements ?? [])
    .find((element) => element.action_id === discussionActionIds.announce);
  return button?.confirm?.text.text ?? '';
}

describe('announcing the groups in Slack', () => {
  it('before the sign-up deadline, the confirmation says announcing closes the sign-up', () => {
    const view = signUpView({ proposal: aProposal(), signUpStillOpen: true });
    const text = announceConfirmText(proposalMessage('da', view, []));
    expect(text).toMatch(
      /^Tilmeldingen er åben til .+; den lukker, når du udsender\. Hver deltager/,
    );
    expect(text.length).toBeLessThanOrEqual(300);
  });

  it('after the deadline it says only what announcing does', () => {
    const view = signUpView({ proposal: aProposal() });
    expect(announceConfirmText(proposalMessage('da', view, []))).toMatch(
      /^Hver deltager får sin gruppe/,
    );
  });
});
