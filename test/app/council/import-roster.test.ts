import { describe, expect, it } from 'vitest';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';

const goodYaml = `council:
  id: rar-vest
  name: RAR Vest
members:
  - id: sek1
    name: Tove Sandholm
    organisation: Sekretariatet
    role: sekretariat
  - id: m1
    name: Ebbe Kornerup
    organisation: DA
    role: formand
    slack: { teamId: T0VEST, userId: U0EBBE }
    teams: 6f1c2d3e-0000-4000-8000-000000000001
  - id: s1
    name: Rikke Vadum
    organisation: DA
    role: suppleant
    substituteFor: m1
`;

describe('importing a roster', () => {
  it('a valid YAML file creates the council and its members with their chat identities', async () => {
    const { app, deps } = await anAppWithCouncil();
    const imported = await app.importRoster({ format: 'yaml', text: goodYaml });
    expect(imported).toMatchObject({
      ok: true,
      value: { council: { id: 'rar-vest', locale: 'da', timeZone: 'Europe/Copenhagen' } },
    });
    const member = await deps.rosters.memberByIdentity('rar-vest', {
      platform: 'slack',
      teamId: 'T0VEST',
      userId: 'U0EBBE',
    });
    expect(member?.id).toBe('m1');
  });

  it('every problem names its line and field, and nothing is imported', async () => {
    const { app, deps } = await anAppWithCouncil();
    const bad = goodYaml
      .replace('role: formand', 'role: kasserer')
      .replace('substituteFor: m1', 'substituteFor: m9');
    const result = await app.importRoster({ format: 'yaml', text: bad });
    expect(result).toMatchObject({
      ok: false,
      code: 'roster_invalid',
      problems: [
        { line: 12, field: 'role', problem: 'invalid_option' },
        {
          line: 19,
          field: 'substituteFor',
          problem: 'substitute_for_unknown',
          params: { id: 'm9' },
        },
      ],
    });
    expect(await deps.councils.council('rar-vest')).toBeUndefined();
  });

  it('cross-row problems are found too: a substitute for someone not on the list', async () => {
    const { app } = await anAppWithCouncil();
    const result = await app.importRoster({
      format: 'yaml',
      text: goodYaml.replace('substituteFor: m1', 'substituteFor: m9'),
    });
    expect(result).toMatchObject({
      code: 'roster_invalid',
      problems: [{ line: 19, field: 'substituteFor', problem: 'substitute_for_unknown' }],
    });
  });

  it('a CSV file names the row it could not read', async () => {
    const { app } = await anAppWithCouncil();
    const csv =
      'id,name,organisation,role,substituteFor,slackTeamId,slackUserId,teams\nm1,Ebbe Kornerup,DA,formand,,,,\nm2,,FH,medlem,,,,\n';
    const result = await app.importRoster({ format: 'csv', text: csv, councilId: 'rar-vest' });
    expect(result).toMatchObject({
      code: 'roster_invalid',
      problems: [{ line: 3, field: 'name', problem: 'required' }],
    });
  });

  it("a CSV file with a council id replaces that council's roster", async () => {
    const { app, deps } = await anAppWithCouncil();
    const csv =
      'id,name,organisation,role,substituteFor,slackTeamId,slackUserId,teams\nm1,Ebbe Kornerup,DA,formand,,T0VEST,U0EBBE,\n';
    expect(
      await app.importRoster({ format: 'csv', text: csv, councilId: 'rar-test' }),
    ).toMatchObject({ ok: true });
    expect((await deps.rosters.roster('rar-test')).map((m) => m.id)).toEqual(['m1']);
  });
});
