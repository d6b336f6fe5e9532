/** The one list of capabilities, as the composition roots read it. */
import { describe, expect, it } from 'vitest';
import { capabilities, cliParts, slackParts, teamsParts } from '../../src/capabilities/index.ts';
import { noticeCatalog } from '../../src/core.ts';
import { hasText } from '../../src/i18n/messages.ts';

describe('the capability list', () => {
  it('names each capability once, the council first', () => {
    const names = capabilities.map((capability) => capability.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe('council');
  });

  it('gives every error code a capability declares a Danish and an English text', () => {
    for (const capability of capabilities)
      for (const code of capability.errorCodes) {
        expect(capability.messages.da, `${capability.name}: error.${code}`).toHaveProperty(
          `error.${code}`,
        );
        expect(capability.messages.en, `${capability.name}: error.${code}`).toHaveProperty(
          `error.${code}`,
        );
        expect(hasText(`error.${code}`)).toBe(true);
      }
  });

  it('lets no two capabilities declare the same notice kind, use case or command', () => {
    const kinds = capabilities.flatMap((capability) => Object.keys(capability.notices ?? {}));
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(Object.keys(noticeCatalog).sort()).toEqual([...kinds].sort());

    const commands = cliParts().flatMap((part) => Object.keys(part.commands));
    expect(new Set(commands).size).toBe(commands.length);
  });

  it('checks a queued notice against the schema of its own kind', () => {
    const closed = noticeCatalog['hearing_closed'];
    expect(
      closed?.schema.safeParse({ kind: 'hearing_closed', councilId: 'c', hearingId: 'h' }).success,
    ).toBe(true);
    expect(closed?.schema.safeParse({ kind: 'hearing_closed', councilId: 'c' }).success).toBe(
      false,
    );
  });

  it('loads the Slack and Teams parts in chat order: what members do most first, the council last', async () => {
    const [slack, teams] = await Promise.all([slackParts(), teamsParts()]);
    const chatCapabilities = capabilities.filter((capability) => capability.slack !== undefined);
    expect(slack).toHaveLength(chatCapabilities.length);
    expect(teams).toHaveLength(capabilities.filter((capability) => capability.teams).length);
    // The council's Slack part brings /raad afbud; it is listed last.
    expect(slack.at(-1)?.raadCommands?.flatMap((command) => command.words)).toContain('afbud');
    expect(slack[0]?.notices).toBeDefined();
  });
});
