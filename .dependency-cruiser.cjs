// The arrows between the layers (README, "Where things live"): which folder may import which.
// `npm run depcheck` (part of `npm test`) fails on any "error" below.
/** @type {import('dependency-cruiser').IConfiguration} */

// Resolved npm paths ("node_modules/ioredis/...") and, if not installed, bare names.
// Packages src/domain may import after all: only pure ones (no I/O, no clock,
// no globals). date-fns does the council-time arithmetic (days across DST)
// that would otherwise be hand-written zone offsets.
const PACKAGES_ALLOWED_IN_DOMAIN = ['date-fns', '@date-fns/tz'];

// The capabilities, one per file in src/capabilities/ (the list itself and the
// type aside): a new capability is covered by these rules without editing them.
const CAPABILITIES = require('node:fs')
  .readdirSync(require('node:path').join(__dirname, 'src/capabilities'))
  .filter((file) => file.endsWith('.ts') && !['index.ts', 'capability.ts'].includes(file))
  .map((file) => file.replace(/\.ts$/, ''));
const layerFolder = (names) =>
  `^src/(domain|app|bot/[^/]+|jobs|store|i18n|documents)/(${names.join('|')})/`;
const capabilityFolder = layerFolder(CAPABILITIES);
// Council (roster, seats, afbud, workspaces) is what every other capability builds on.
const capabilityOnCouncil = layerFolder(CAPABILITIES.filter((name) => name !== 'council'));

/**
 * A capability reaches another (in any layer) only through that one's public
 * entry, its folder's index.ts: a closed hearing prefills an agenda item's
 * decision through the hearings' entry, never their internals. Every
 * capability may build on the council's folders directly.
 */
const throughItsEntry = (name) => {
  const others = CAPABILITIES.filter((other) => other !== name && other !== 'council');
  return {
    name: `${name}-reaches-others-through-their-entry`,
    severity: 'error',
    comment: `${name} imports another capability only through its index.ts (its public entry).`,
    from: { path: layerFolder([name]) },
    to: {
      path: others.length ? layerFolder(others) : '^(?!)',
      pathNot: `${others.length ? layerFolder(others) : '^(?!)'}index\\.ts$`,
    },
  };
};

// Folders of a surface that every capability shares; any other folder of a
// surface is a capability's (council, hearings, ...), so a new capability is
// covered without touching this file.
const SHARED_SURFACE_FOLDERS = {
  slack: ['blocks', 'listeners', 'sender'],
  teams: ['cards', 'handlers', 'sender'],
  cli: [],
};

const sharedSurfaceCode = (surface) => {
  const folders = SHARED_SURFACE_FOLDERS[surface];
  const sharedFolder = folders.length ? `(${folders.join('|')})/` : '(?!)';
  return {
    name: `${surface}-shared-names-no-capability`,
    severity: 'error',
    comment: `Shared ${surface} code loops over the capabilities' parts it is given; it never imports a capability folder, so adding a capability is new folders plus one line in a list.`,
    from: {
      path: `^src/bot/${surface}/([^/]+\\.ts$|${sharedFolder})`,
    },
    to: { path: `^src/bot/${surface}/(?!${sharedFolder})[^/]+/` },
  };
};

const npm = (...names) => names.map((name) => `(^|/)node_modules/${name}/|^${name}(/|$)`).join('|');

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes load order matter and the layers meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'src/domain holds pure rules: no node builtins, no npm packages, nothing from other folders.',
      from: { path: '^src/domain/' },
      to: {
        pathNot: [
          '^src/domain/',
          ...(PACKAGES_ALLOWED_IN_DOMAIN.length ? [npm(...PACKAGES_ALLOWED_IN_DOMAIN)] : []),
        ],
      },
    },
    {
      name: 'app-knows-ports-not-adapters',
      severity: 'error',
      comment:
        'Use cases talk to Redis, queues and chat only through ports, so they run with in-memory twins.',
      from: { path: '^src/app/' },
      to: {
        path: [
          '^src/(store|jobs|bot)/',
          npm('ioredis', 'bullmq', '@slack/[^/]+', '@microsoft/[^/]+'),
        ],
      },
    },
    {
      name: 'slack-stands-alone',
      severity: 'error',
      comment:
        'A surface parses, calls a use case and renders; it never reaches the store or jobs.',
      from: { path: '^src/bot/slack/' },
      to: { path: '^src/(bot/teams|store|jobs)/' },
    },
    {
      name: 'teams-stands-alone',
      severity: 'error',
      comment:
        'A surface parses, calls a use case and renders; it never reaches the store or jobs.',
      from: { path: '^src/bot/teams/' },
      to: { path: '^src/(bot/slack|store|jobs)/' },
    },
    ...CAPABILITIES.map(throughItsEntry),
    {
      name: 'shared-code-knows-no-capability',
      severity: 'error',
      comment:
        "What every capability shares (a layer's own files, the message lifecycle, present/, jobs/, store/) names no capability but the council it builds on; the composition roots loop over src/capabilities instead.",
      from: {
        path: '^src/(app|jobs|store|bot/present|bot/message-lifecycle|http|system|playground)/[^/]+\\.ts$|^src/bot/message-lifecycle/',
      },
      to: { path: capabilityOnCouncil },
    },
    {
      name: 'only-the-roots-list-the-capabilities',
      severity: 'error',
      comment: 'src/capabilities is read by the composition roots (main, core, cli) alone.',
      from: { path: '^src/', pathNot: '^src/((main|core|cli)\\.ts$|capabilities/)' },
      to: { path: '^src/capabilities/' },
    },
    {
      name: 'cli-stands-alone',
      severity: 'error',
      comment:
        'The command line parses, calls a use case and prints; it never reaches a chat surface, the store or jobs.',
      from: { path: '^src/bot/cli/' },
      to: { path: '^src/(bot/(slack|teams|message-lifecycle)|store|jobs|playground)/' },
    },
    {
      name: 'present-is-for-every-surface',
      severity: 'error',
      comment:
        'src/bot/present holds what every surface shows alike: no surface, no platform SDK, no store or jobs.',
      from: { path: '^src/bot/present/' },
      to: {
        path: [
          '^src/(bot/(slack|teams|cli)|store|jobs|playground|http)/',
          npm('@slack/[^/]+', '@microsoft/[^/]+', 'ioredis', 'bullmq'),
        ],
      },
    },
    {
      name: 'documents-are-file-formats',
      severity: 'error',
      comment:
        'src/documents reads and writes files (Word, PDF, calendar): from bytes to the domain and back, with no surface, store or jobs.',
      from: { path: '^src/documents/' },
      to: { path: '^src/(app|bot/(slack|teams|cli|message-lifecycle)|store|jobs|playground|http)/' },
    },
    {
      name: 'i18n-only-speaks',
      severity: 'error',
      comment: 'src/i18n turns codes into text: it imports only the domain and date formatting.',
      from: { path: '^src/i18n/' },
      to: { path: '^src/(app|bot|store|jobs|playground|http)/' },
    },
    {
      name: 'playground-stays-a-try-out',
      severity: 'error',
      comment:
        'The Agents Playground starts beside the service for a try-out; it never reaches the store, the jobs or Slack.',
      from: { path: '^src/playground/' },
      to: { path: '^src/(store|jobs|bot/slack)/' },
    },
    sharedSurfaceCode('slack'),
    sharedSurfaceCode('teams'),
    sharedSurfaceCode('cli'),
    {
      name: 'message-lifecycle-is-neutral',
      severity: 'error',
      comment:
        'The message lifecycle drives every platform and capability alike: no platform SDK, no surface, nothing from a capability folder (a capability hands it plans and renderers).',
      from: { path: '^src/bot/message-lifecycle/' },
      to: {
        path: [
          capabilityFolder,
          '^src/(bot/(slack|teams|cli|present)|store|jobs)/',
          npm('@slack/[^/]+', '@microsoft/[^/]+', 'ioredis', 'bullmq'),
        ],
      },
    },
    {
      name: 'chat-adapters-know-no-capability',
      severity: 'error',
      comment:
        "Slack's and Teams' chat adapters only make API calls; what a hearing (or a later capability) says comes in through the surface.",
      from: { path: '^src/bot/(slack|teams)/sender/' },
      to: { path: capabilityOnCouncil },
    },
    {
      name: 'main-is-the-root',
      severity: 'error',
      comment: 'src/main.ts wires everything; nothing may import it.',
      from: {},
      to: { path: '^src/main\\.ts$' },
    },
    {
      name: 'cli-is-a-root',
      severity: 'error',
      comment: "src/cli.ts is the command line's entry; nothing may import it.",
      from: {},
      to: { path: '^src/cli\\.ts$' },
    },
    {
      name: 'cli-loads-no-surface',
      severity: 'error',
      comment:
        'The command line answers in a fraction of a second because it loads no chat surface, HTTP server, Playground or worker.',
      from: { path: '^src/(cli|core)\\.ts$' },
      to: {
        path: '^src/(bot/slack|bot/teams|playground|http|logger\\.ts)|^src/jobs/(start-workers|.*\\.worker)\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'i18n-runtime-knows-no-capability',
      severity: 'error',
      comment:
        'The catalog runtime (src/i18n/messages.ts) and the shared catalog serve every capability, so they import none: a new capability adds its own folder and edits neither.',
      from: { path: '^src/i18n/(shared/|messages\\.ts$)' },
      to: { path: '^src/i18n/', pathNot: '^src/i18n/(shared/|messages\\.ts$)' },
    },
    {
      name: 'i18n-capability-builds-on-shared-and-council',
      severity: 'error',
      comment:
        "A capability's catalog imports the runtime, the shared catalog and council's (which every capability builds on), never another capability's.",
      from: { path: '^src/i18n/([^/]+)/' },
      to: {
        path: '^src/i18n/',
        pathNot: '^src/i18n/($1|shared|council)/|^src/i18n/messages\\.ts$',
      },
    },
    {
      name: 'shared-error-codes-know-no-capability',
      severity: 'error',
      comment:
        'src/domain/errors.ts holds Result/fail and the generic codes; each capability adds its codes in its own errors.ts.',
      from: { path: '^src/domain/errors\\.ts$' },
      to: { path: '^src/domain/[^/]+/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-dev-deps-in-src',
      severity: 'error',
      comment: 'Production code must not need devDependencies (vitest, fast-check, ...).',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Count `import type` too: a type from Slack in src/domain is still a leak.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
