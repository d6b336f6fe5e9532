/**
 * The Agents Playground's mock world for the try-out: generated from the demo
 * council's roster, so its six people are a secretary, members, a substitute
 * and an observer who Rådsbot knows by their Entra object ids.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseRosterYaml } from '../../src/app/council/roster-file.ts';
import {
  PAGE_POLICY,
  switcherHtml,
  tagWebSocketScript,
} from '../../src/playground/persona-proxy.ts';
import {
  peopleFromRoster,
  playgroundConfigYaml,
  PLAYGROUND_SCENE,
  withGuests,
} from '../../src/playground/playground-scene.ts';

const demo = readFileSync(new URL('../../demo/demo-council.yaml', import.meta.url), 'utf8');

describe('the Playground scene', () => {
  const roster = parseRosterYaml(demo);
  const people = peopleFromRoster(roster.members);

  it('the demo roster parses without problems', () => {
    expect(roster.problems).toEqual([]);
  });

  it('takes six people from the demo roster, the secretariat first', () => {
    expect(people.map((person) => [person.key, person.role])).toEqual([
      ['sekretariat', 'sekretariat'],
      ['formand', 'formand'],
      ['m-kl', 'medlem'],
      ['m-dh', 'medlem'],
      ['s-kl', 'suppleant'],
      ['tilforordnet', 'tilforordnet'],
    ]);
  });

  it('writes the config file the Playground reads: current user, exactly five users, one team channel', () => {
    const config = parse(playgroundConfigYaml(people)) as Record<string, unknown> & {
      currentUser: { id: string; name: string; aadObjectId: string };
      users: { id: string; aadObjectId: string }[];
      team: { channels: { id: string }[] };
    };
    expect(config['version']).toBe('0.1.1');
    expect(config.currentUser).toMatchObject({
      id: 'user-id-0',
      name: 'Sara Sekretær',
      aadObjectId: people[0]?.aadObjectId,
    });
    expect(config.users.map((user) => user.id)).toEqual([
      'user-id-1',
      'user-id-2',
      'user-id-3',
      'user-id-4',
      'user-id-5',
    ]);
    expect(config.users.map((user) => user.aadObjectId)).toEqual(
      people.slice(1).map((person) => person.aadObjectId),
    );
    expect(config.team.channels).toEqual([{ id: PLAYGROUND_SCENE.channel.id, name: 'Høringer' }]);
  });

  it('fills the six places with guests (not on any roster) when a roster has fewer Teams identities', () => {
    const few = withGuests(people.slice(0, 2));
    expect(few.map((person) => person.role)).toEqual([
      'sekretariat',
      'formand',
      'guest',
      'guest',
      'guest',
      'guest',
    ]);
    expect(() => playgroundConfigYaml(people.slice(0, 2))).toThrow(/exactly 6 people/);
  });

  it('the persona switcher names who this tab is and links the others, escaped', () => {
    const personas = [
      { key: 'a', userId: 'user-id-0', name: 'Sara <Sekretær>', role: 'sekretariat' },
      { key: 'b&c', userId: 'user-id-1', name: 'Frede', role: 'formand' },
    ];
    const html = switcherHtml(personas[0], personas);
    expect(html).toContain('you are <b>Sara &#60;Sekretær&#62; (sekretariat)</b>');
    expect(html).toContain('href="/?as=b%26c" target="_blank"');
    expect(html).not.toContain('href="/?as=a"');
  });

  it("the page tags its WebSocket with the tab's person, and a key cannot end the script", () => {
    const script = tagWebSocketScript({
      key: 'x</script><b>',
      userId: 'user-id-2',
      name: 'Karen',
      role: 'medlem',
    });
    expect(script).toContain("u.searchParams.set('as',as)");
    expect(script).toContain('const as="x\\u003c/script>\\u003cb>"');
    expect(script.match(/<\/script>/g)).toHaveLength(1);
  });

  it("the page may load fonts and scripts from the Playground only, so it never waits for Microsoft's CDN", () => {
    expect(PAGE_POLICY).toContain("font-src 'self' data:");
    expect(PAGE_POLICY).toMatch(/script-src 'self'(?! https?:)/);
  });
});
