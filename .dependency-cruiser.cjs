// The arrows of docs/architecture: which folder may import which.
// `npm run depcheck` (part of `npm test`) fails on any "error" below.
/** @type {import('dependency-cruiser').IConfiguration} */

// Resolved npm paths ("node_modules/ioredis/...") and, if not installed, bare names.
// Packages src/domain may import after all: only pure ones (no I/O, no clock,
// no globals). date-fns does the council-time arithmetic (days across DST)
// that would otherwise be hand-written zone offsets.
const PACKAGES_ALLOWED_IN_DOMAIN = ['date-fns', '@date-fns/tz'];

// Folders of a surface that every capability shares; any other folder of a
// surface is a capability's (council, hearings, ...), so a new capability is
// covered without touching this file.
const SHARED_SURFACE_FOLDERS = {
  slack: ['blocks', 'listeners', 'sender'],
  teams: ['cards', 'handlers', 'sender'],
  cli: [],
};

// Shared files that still name a capability until notices are rendered per
// capability: the senders render the hearing notices, and TeamsKit builds the
// hearing card the sender posts. Listed so that nothing else may.
const SHARED_FILES_AWAITING_NOTICES = [
  '^src/bot/slack/sender/slack-sender\\.ts$',
  '^src/bot/teams/sender/teams-sender\\.ts$',
  '^src/bot/teams/handlers/teams-kit\\.ts$',
];

const sharedSurfaceCode = (surface) => {
  const folders = SHARED_SURFACE_FOLDERS[surface];
  const sharedFolder = folders.length ? `(${folders.join('|')})/` : '(?!)';
  return {
    name: `${surface}-shared-names-no-capability`,
    severity: 'error',
    comment: `Shared ${surface} code loops over the capabilities' parts it is given; it never imports a capability folder, so adding a capability is new folders plus one line in a list.`,
    from: {
      path: `^src/bot/${surface}/([^/]+\\.ts$|${sharedFolder})`,
      pathNot: SHARED_FILES_AWAITING_NOTICES,
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
    sharedSurfaceCode('slack'),
    sharedSurfaceCode('teams'),
    sharedSurfaceCode('cli'),
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
