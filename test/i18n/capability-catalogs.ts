import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../../src/i18n/messages.ts';

const src = (folder: string) => fileURLToPath(new URL(`../../src/${folder}/`, import.meta.url));
const subfolders = (folder: string) =>
  readdirSync(src(folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/**
 * Every catalog there is, found on disk (src/i18n/<capability>/index.ts), so
 * a new capability is checked without anyone adding it here.
 */
export async function everyCatalog(): Promise<ReadonlyMap<string, Catalog>> {
  const catalogs = new Map<string, Catalog>();
  for (const name of subfolders('i18n')) {
    const module = (await import(`${src('i18n')}${name}/index.ts`)) as { catalog: Catalog };
    catalogs.set(name, module.catalog);
  }
  return catalogs;
}

/**
 * Every declared error code: the generic ones in src/domain/errors.ts and each
 * capability's in src/domain/<capability>/errors.ts (any exported list named
 * …ErrorCodes), with where it is declared.
 */
export async function everyErrorCode(): Promise<ReadonlyMap<string, string>> {
  const files = [
    'errors.ts',
    ...subfolders('domain')
      .map((name) => `${name}/errors.ts`)
      .filter((file) => existsSync(`${src('domain')}${file}`)),
  ];
  const codes = new Map<string, string>();
  for (const file of files) {
    const module = (await import(`${src('domain')}${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module))
      if (name.endsWith('ErrorCodes') && Array.isArray(value))
        for (const code of value as string[]) codes.set(code, `src/domain/${file}`);
  }
  return codes;
}
