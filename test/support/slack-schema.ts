/**
 * Validates a Slack app manifest against the copy of Slack's JSON schema in
 * test/schemas/slack-manifest.schema.json (slackapi/manifest-schema,
 * schemas/manifest.schema.1.0.0.json — the schema the root manifest.schema.json
 * selects for manifests without `_metadata.major_version: 2`).
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default export is `module.exports`,
// which also carries the plugin as `.default`.
const addFormats = addFormatsModule.default;

const SCHEMA_PATH = new URL('../schemas/slack-manifest.schema.json', import.meta.url);

export interface SchemaResult {
  valid: boolean;
  errors: string[];
}

export function loadSlackManifestSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
}

export function createSlackManifestValidator(): (manifest: unknown) => SchemaResult {
  // strict: false — Slack's schema carries non-standard keys (`regex`, `_note`)
  // and `minItems` on string schemas, which Ajv's strict mode rejects.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(loadSlackManifestSchema());
  return (manifest) => {
    const valid = validate(manifest);
    return { valid, errors: (validate.errors ?? []).map(describeError) };
  };
}

function describeError(e: ErrorObject): string {
  return `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`;
}
