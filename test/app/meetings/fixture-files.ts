import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fixtures written for these tests, in the samples' styles with invented names. */
export const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

export const fixturePath = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The checkout's own root and, when it is a linked worktree, the main
 * checkout's root (its `.git` file names the main repository's git folder).
 */
function checkoutRoots(): string[] {
  const roots = [repoRoot];
  const gitFile = join(repoRoot, '.git');
  try {
    const pointer = /^gitdir:\s*(.+)$/m.exec(readFileSync(gitFile, 'utf8'))?.[1]?.trim();
    // <main>/.git/worktrees/<name> → <main>
    if (pointer !== undefined) roots.push(resolve(repoRoot, pointer, '../../..'));
  } catch {
    // A plain checkout: .git is a folder, and the repository root is the only root.
  }
  return roots;
}

/**
 * A real council document from ../shared/seeds/ beside the repository. Read,
 * never copied into test/; a missing file fails the test and says where it
 * was looked for.
 */
export function seedDocument(name: string): string {
  return readFileSync(seedDocumentPath(name), 'utf8');
}

/** Where a real council document from ../shared/seeds/ is, for a test that hands a path on. */
export function seedDocumentPath(name: string): string {
  const tried = checkoutRoots().map((root) => resolve(root, '..', 'shared', 'seeds', name));
  const found = tried.find((path) => existsSync(path));
  if (found === undefined)
    throw new Error(
      `The sample ${name} is missing: looked in ${tried.join(' and ')}. It belongs in ../shared/seeds/ beside the repository.`,
    );
  return found;
}

/** Text written in a test, without the indentation of the test's source. */
export const text = (strings: TemplateStringsArray, ...values: unknown[]): string => {
  const raw = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(
    ...raw
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => /^ */.exec(line)![0].length),
  );
  return raw
    .split('\n')
    .map((line) => line.slice(indent))
    .join('\n');
};
