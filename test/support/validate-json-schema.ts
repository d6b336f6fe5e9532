/**
 * Validates JSON against the official schemas kept in test/schemas/:
 *
 * - adaptive-card-1.5.json — microsoft/AdaptiveCards, schemas/1.5.0/adaptive-card.json
 *   (commit a34ebda030d0f7a2f026152590964b9ffe61d4e4), draft-06.
 * - teams-manifest-1.30.json — the v1.30 MicrosoftTeams.schema.json as vendored
 *   by Microsoft's npm package @microsoft/app-manifest 1.1.2
 *   (build/json-schemas/teams/v1.30/), draft-04.
 *
 * Ajv is picked by the schema's `$schema`. Ajv 8 has no draft-04 mode (that is
 * the separate `ajv-draft-04` package, which Microsoft's own validator uses);
 * the Teams schema uses no keyword whose meaning changed after draft-04 (no
 * boolean exclusiveMinimum/Maximum, no `id` keyword) and already uses `const`
 * and `if`, so it is validated with draft-07 rules. `loadSchema` refuses a
 * draft-04 schema where that would not hold.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type Options } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default export is `module.exports`,
// which carries the plugin as `.default`.
const addFormats = addFormatsModule.default;

export const ADAPTIVE_CARD_SCHEMA = new URL('../schemas/adaptive-card-1.5.json', import.meta.url);
export const TEAMS_MANIFEST_SCHEMA = new URL(
  '../schemas/teams-manifest-1.30.json',
  import.meta.url,
);

export interface SchemaResult {
  valid: boolean;
  errors: string[];
}

export type Validate = (value: unknown) => SchemaResult;

type Schema = Record<string, unknown>;

/** Compiles the schema in `file` once; call the result for each value. */
export function createSchemaValidator(file: URL): Validate {
  const schema = loadSchema(file);
  const draft = String(schema.$schema ?? '');
  // strict: false — both official schemas carry annotation keys Ajv does not
  // know (`version`, `features`, `example`).
  const options: Options = { allErrors: true, strict: false };
  let ajv: Ajv;
  if (draft.includes('2019-09')) ajv = new Ajv2019(options);
  else if (draft.includes('2020-12')) ajv = new Ajv2020(options);
  else {
    ajv = new Ajv(options);
    if (draft.includes('draft-06')) {
      ajv.addMetaSchema(
        readJson(
          new URL('../../node_modules/ajv/dist/refs/json-schema-draft-06.json', import.meta.url),
        ),
      );
    }
  }
  addFormats(ajv);
  const validate = ajv.compile(forAjv(schema, draft));
  return (value) => {
    const valid = validate(value);
    return { valid, errors: (validate.errors ?? []).map(describeError) };
  };
}

export const createAdaptiveCardValidator = (): Validate =>
  createSchemaValidator(ADAPTIVE_CARD_SCHEMA);
export const createTeamsManifestValidator = (): Validate =>
  createSchemaValidator(TEAMS_MANIFEST_SCHEMA);

function loadSchema(file: URL): Schema {
  const schema = readJson(file);
  if (String(schema.$schema ?? '').includes('draft-04') && usesBooleanExclusiveBounds(schema)) {
    throw new Error(
      `${file.pathname}: draft-04 boolean exclusiveMinimum/Maximum cannot be checked with draft-07 rules; install ajv-draft-04`,
    );
  }
  return schema;
}

/**
 * The schema as Ajv 8 takes it, without changing what it checks: a root `id`
 * (the pre-draft-06 spelling AC 1.5 still uses) becomes `$id` — Ajv throws on
 * `id` — and a draft-04 `$schema` is dropped so the draft-07 rules apply.
 */
function forAjv(schema: Schema, draft: string): Schema {
  const { $schema, id, ...rest } = schema;
  return {
    ...(draft.includes('draft-04') ? {} : { $schema }),
    ...(typeof id === 'string' && rest.$id === undefined
      ? { $id: id }
      : id === undefined
        ? {}
        : { id }),
    ...rest,
  };
}

function usesBooleanExclusiveBounds(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(usesBooleanExclusiveBounds);
  if (node === null || typeof node !== 'object') return false;
  return Object.entries(node).some(
    ([key, value]) =>
      ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'boolean') ||
      usesBooleanExclusiveBounds(value),
  );
}

function readJson(file: URL): Schema {
  return JSON.parse(readFileSync(file, 'utf8')) as Schema;
}

function describeError(e: ErrorObject): string {
  return `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`;
}
