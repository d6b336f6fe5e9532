// The arrows between the layers (README, "Where things live"): which folder may import which.
// `npm run depcheck` (part of `npm test`) fails on any "error" below.
/** @type {import('dependency-cruiser').IConfiguration} */

// Resolved npm paths ("node_modules/ioredis/...") and, if not installed, bare names.
// Packages src/domain may import after all: only pure ones (no I/O, no clock,
// no globals). date-fns does the council-time arithmetic (days across DST)
// that would otherwise be hand-written zone offsets.
const PACKAGES_ALLOWED_IN_DOMAIN = ['date-fns', '@date-fns/tz'];

// Capability folders (one per capability in each layer); a new capability adds its name here.
const CAPABILITIES = ['council', 'hearings'];
const layerFolder = (names) => `^src/(domain|app|bot/[^/]+|jobs|store)/(${names.join('|')})/`;
const capabilityFolder = layerFolder(CAPABILITIES);
// Council (roster, members, workspaces) is what every other capability builds on.
const capabilityOnCouncil = layerFolder(CAPABILITIES.filter((name) => name !== 'council'));

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
      to: { path: '^src/i18n/', pathNot: '^src/i18n/($1|shared|council)/|^src/i18n/messages\\.ts$' },
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
