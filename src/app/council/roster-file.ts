import { parse as parseCsv } from 'csv-parse/sync';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { z } from 'zod';
import { locales } from '../../domain/council/council.ts';
import { roles, type ChatIdentity, type Member } from '../../domain/council/roster.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { problemOf } from '../validate.ts';

/**
 * Reads a roster file (YAML or CSV) into members, keeping the line each came
 * from so that every problem can say "line 7, field role: ...".
 */
export interface RosterLineProblem {
  readonly line: number;
  readonly field: string;
  readonly problem: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

const slackIdentity = z.object({
  teamId: z
    .string()
    .trim()
    .regex(/^[TE][A-Z0-9]{2,20}$/, { error: 'invalid_slack_team' }),
  userId: z
    .string()
    .trim()
    .regex(/^[UW][A-Z0-9]{2,20}$/, { error: 'invalid_slack_user' }),
});

const memberRow = z.object({
  id: memberIdField,
  name: z.string().trim().min(1).max(120),
  organisation: z.string().trim().min(1).max(60),
  role: z.enum(roles),
  substituteFor: memberIdField.optional(),
  slack: z.union([slackIdentity, z.array(slackIdentity)]).optional(),
  teams: z.string().trim().min(1).max(64).optional(),
});

export const councilHeader = z.object({
  id: councilIdField,
  name: z.string().trim().min(1).max(120),
  locale: z.enum(locales).default('da'),
  timeZone: z
    .string()
    .default('Europe/Copenhagen')
    .refine(isTimeZone, { error: 'invalid_time_zone' }),
});
export type CouncilHeader = z.output<typeof councilHeader>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export interface ParsedRoster {
  readonly council?: CouncilHeader;
  readonly members: readonly Member[];
  /** The file line of each member, by index. */
  readonly lines: readonly number[];
  /** The file line of one field of a member, where the format can tell (YAML); else the member's line. */
  readonly fieldLine?: (index: number, field: string) => number;
  readonly problems: readonly RosterLineProblem[];
}

function toMember(row: z.output<typeof memberRow>): Member {
  const slack = row.slack === undefined ? [] : Array.isArray(row.slack) ? row.slack : [row.slack];
  const identities: ChatIdentity[] = [
    ...slack.map((identity) => ({ platform: 'slack' as const, ...identity })),
    ...(row.teams === undefined ? [] : [{ platform: 'teams' as const, aadObjectId: row.teams }]),
  ];
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    role: row.role,
    ...(row.substituteFor === undefined ? {} : { substituteFor: row.substituteFor }),
    identities,
  };
}

function problemsOf(
  error: z.ZodError,
  line: (path: readonly PropertyKey[]) => number,
): RosterLineProblem[] {
  return error.issues.map((issue) => {
    const { problem, ...params } = problemOf(issue);
    return {
      line: line(issue.path),
      field: issue.path.map(String).join('.') || 'row',
      problem: String(problem),
      ...(Object.keys(params).length === 0 ? {} : { params }),
    };
  });
}

export function parseRosterYaml(text: string): ParsedRoster {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lineOf = (node: unknown): number => {
    const range = (node as Node | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    return {
      members: [],
      lines: [],
      problems: [{ line: error.linePos?.[0].line ?? 1, field: 'file', problem: 'invalid_yaml' }],
    };
  }
  const problems: RosterLineProblem[] = [];
  let council: CouncilHeader | undefined;
  const councilNode = doc.get('council', true);
  if (councilNode !== undefined) {
    const parsed = councilHeader.safeParse(doc.toJS().council);
    if (parsed.success) council = parsed.data;
    else
      problems.push(
        ...problemsOf(parsed.error, (path) =>
          lineOf(doc.getIn(['council', ...path.slice(0, 1)], true) ?? councilNode),
        ).map((p) => ({ ...p, field: `council.${p.field}` })),
      );
  }
  const membersNode = doc.get('members', true);
  if (!isSeq(membersNode)) {
    return {
      ...(council ? { council } : {}),
      members: [],
      lines: [],
      problems: [
        ...problems,
        { line: lineOf(membersNode ?? doc.contents), field: 'members', problem: 'required' },
      ],
    };
  }
  const members: Member[] = [];
  const lines: number[] = [];
  const memberNodes: Node[] = [];
  membersNode.items.forEach((item, index) => {
    const itemLine = lineOf(item);
    if (!isMap(item)) {
      problems.push({ line: itemLine, field: 'members', problem: 'invalid' });
      return;
    }
    const parsed = memberRow.safeParse(item.toJSON());
    if (!parsed.success) {
      problems.push(
        ...problemsOf(parsed.error, (path) =>
          lineOf(doc.getIn(['members', index, ...path.slice(0, 1)], true) ?? item),
        ),
      );
      return;
    }
    members.push(toMember(parsed.data));
    lines.push(itemLine);
    memberNodes.push(item);
  });
  const fieldLine = (index: number, field: string): number => {
    const node = memberNodes[index];
    return isMap(node) ? lineOf(node.get(field, true) ?? node) : (lines[index] ?? 1);
  };
  return { ...(council ? { council } : {}), members, lines, fieldLine, problems };
}

/**
 * CSV columns: id,name,organisation,role,substituteFor,slackTeamId,slackUserId,teams
 * (one Slack identity per row; a council header does not fit CSV, so it comes from the command).
 */
export function parseRosterCsv(text: string): ParsedRoster {
  let records: Record<string, string>[];
  try {
    records = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { members: [], lines: [], problems: [{ line, field: 'file', problem: 'invalid_csv' }] };
  }
  const problems: RosterLineProblem[] = [];
  const members: Member[] = [];
  const lines: number[] = [];
  records.forEach((record, index) => {
    const line = index + 2; // the header is line 1
    const blankToUndefined = (value: string | undefined) =>
      value === undefined || value === '' ? undefined : value;
    const slackTeamId = blankToUndefined(record['slackTeamId']);
    const slackUserId = blankToUndefined(record['slackUserId']);
    const row = {
      id: record['id'],
      name: record['name'],
      organisation: record['organisation'],
      role: record['role'],
      substituteFor: blankToUndefined(record['substituteFor']),
      slack: slackTeamId || slackUserId ? { teamId: slackTeamId, userId: slackUserId } : undefined,
      teams: blankToUndefined(record['teams']),
    };
    const parsed = memberRow.safeParse(row);
    if (!parsed.success) {
      problems.push(...problemsOf(parsed.error, () => line));
      return;
    }
    members.push(toMember(parsed.data));
    lines.push(line);
  });
  return { members, lines, problems };
}
