/**
 * Builds the Teams app package: manifests/teams/manifest.json with its
 * `${{NAME}}` placeholders filled, validated against the v1.30 schema copy in
 * test/schemas, zipped with color.png and outline.png at the zip's root.
 *
 *   npx tsx scripts/build-teams-package.ts --app-id <guid> --bot-id <guid> --bot-domain raadsbot.example.dk
 *
 * Each value may come from the environment instead: TEAMS_APP_ID (falls back
 * to the bot id), TEAMS_BOT_ID (falls back to TEAMS_CLIENT_ID, the bot's Entra
 * app id, as the service's config has it), BOT_DOMAIN. `npm run teams:package`.
 * Writes dist/raadsbot-teams.zip unless `--out` says otherwise.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import { createTeamsManifestValidator } from '../test/support/validate-json-schema.js';

export const TEAMS_MANIFEST_DIR = new URL('../manifests/teams/', import.meta.url);
export const DEFAULT_PACKAGE_PATH = fileURLToPath(
  new URL('../dist/raadsbot-teams.zip', import.meta.url),
);

export interface TeamsPackageValues {
  TEAMS_APP_ID: string;
  TEAMS_BOT_ID: string;
  BOT_DOMAIN: string;
}

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
// A host name, optionally with a port; no scheme, no path (Teams' validDomains form).
const DOMAIN =
  /^(?=.{1,253}(:\d+)?$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(:\d{1,5})?$/i;
const PLACEHOLDER = /\$\{\{([A-Z0-9_]+)\}\}/g;

/** Replaces every `${{NAME}}`; throws on a value that is not of its form or a placeholder without a value. */
export function fillPlaceholders(template: string, values: TeamsPackageValues): string {
  const problems: string[] = [];
  if (!GUID.test(values.TEAMS_APP_ID))
    problems.push(
      `TEAMS_APP_ID must be a GUID (--app-id; defaults to the bot id), got "${values.TEAMS_APP_ID}"`,
    );
  if (!GUID.test(values.TEAMS_BOT_ID))
    problems.push(
      `TEAMS_BOT_ID must be a GUID (--bot-id, TEAMS_BOT_ID or TEAMS_CLIENT_ID), got "${values.TEAMS_BOT_ID}"`,
    );
  if (!DOMAIN.test(values.BOT_DOMAIN))
    problems.push(
      `BOT_DOMAIN must be a host name without scheme or path (--bot-domain or BOT_DOMAIN), got "${values.BOT_DOMAIN}"`,
    );
  const filled = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = (values as unknown as Record<string, string | undefined>)[name];
    if (value === undefined) {
      problems.push(`no value for placeholder ${whole}`);
      return whole;
    }
    // Values go into JSON strings: the forms above exclude quotes and backslashes.
    return value;
  });
  if (problems.length > 0) throw new Error(`Teams manifest: ${problems.join('; ')}`);
  return filled;
}

/** The manifest with values filled, checked against the schema. */
export function buildTeamsManifest(values: TeamsPackageValues): Record<string, unknown> {
  const template = readFileSync(new URL('manifest.json', TEAMS_MANIFEST_DIR), 'utf8');
  const manifest = JSON.parse(fillPlaceholders(template, values)) as Record<string, unknown>;
  const { valid, errors } = createTeamsManifestValidator()(manifest);
  if (!valid)
    throw new Error(`Teams manifest does not match the v1.30 schema:\n  ${errors.join('\n  ')}`);
  return manifest;
}

/** Writes the zip Teams' "Upload an app" takes; returns its path. */
export async function buildTeamsPackage(
  values: TeamsPackageValues,
  outPath = DEFAULT_PACKAGE_PATH,
): Promise<string> {
  const manifest = buildTeamsManifest(values);
  const zip = new JSZip();
  // Fixed dates keep the zip byte-identical for the same inputs.
  const date = new Date('2025-01-01T00:00:00Z');
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  for (const icon of ['color.png', 'outline.png'])
    zip.file(icon, readFileSync(new URL(icon, TEAMS_MANIFEST_DIR)), { date });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const target = resolve(outPath);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  return target;
}

function valuesFrom(
  argv: string[],
  env: NodeJS.ProcessEnv,
): { values: TeamsPackageValues; out: string } {
  const { values: args } = parseArgs({
    args: argv,
    options: {
      'app-id': { type: 'string' },
      'bot-id': { type: 'string' },
      'bot-domain': { type: 'string' },
      out: { type: 'string' },
    },
  });
  const pick = (...candidates: (string | undefined)[]): string =>
    candidates.find((c) => c !== undefined && c !== '') ?? '';
  const botId = pick(args['bot-id'], env.TEAMS_BOT_ID, env.TEAMS_CLIENT_ID);
  return {
    values: {
      // The app's own id may be the bot's (one Entra app for both), as Microsoft's templates allow.
      TEAMS_APP_ID: pick(args['app-id'], env.TEAMS_APP_ID, botId),
      TEAMS_BOT_ID: botId,
      BOT_DOMAIN: pick(args['bot-domain'], env.BOT_DOMAIN),
    },
    out: pick(args.out, DEFAULT_PACKAGE_PATH),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { values, out } = valuesFrom(process.argv.slice(2), process.env);
    const path = await buildTeamsPackage(values, out);
    console.log(`wrote ${path}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
