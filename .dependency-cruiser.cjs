/**
 * The boundaries of Quorum's code, checked by `npm run lint` (depcruise). A rule's comment says why;
 * test/architecture/boundaries.spec.ts shows each rule refusing the import it forbids.
 */

/** What libs/domain may import besides itself: nothing today. A library added here is a decision. */
const DOMAIN_ALLOWED = [];

/** What every feature folder of apps/api may import from another: shared HTTP bits and the caller's identity. */
const API_SHARED = [
  '^apps/api/src/common/',
  '^apps/api/src/auth/authenticated-user\\.ts$',
  '^apps/api/src/auth/access-matrix\\.ts$',
  '^apps/api/src/auth/[^/]*\\.decorator\\.ts$',
  // The meeting's live event stream is platform plumbing every feature publishes to after its commit.
  '^apps/api/src/events/meeting-events?(\\.service)?\\.ts$',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'libs/domain holds the rules as functions of plain data: no Nest, TypeORM, queue, I/O or other lib ' +
        '(STYLE.md, "Rules are pure"). Specs may use their test libraries.',
      severity: 'error',
      from: { path: '^libs/domain/src/', pathNot: '\\.spec\\.ts$' },
      to: { pathNot: ['^libs/domain/src/', ...DOMAIN_ALLOWED] },
    },
    {
      name: 'libs-never-import-apps',
      comment: 'Libraries serve the apps; an import the other way ties a library to one app.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'worker-never-imports-api',
      comment: 'The worker runs without the API: what both need lives in libs/*.',
      severity: 'error',
      from: { path: '^apps/worker/' },
      to: { path: '^apps/api/' },
    },
    {
      name: 'api-never-imports-worker',
      comment: 'The API hands work to the worker through queues declared in libs/queue, never by import.',
      severity: 'error',
      from: { path: '^apps/api/' },
      to: { path: '^apps/worker/' },
    },
    {
      name: 'features-meet-through-libs',
      comment:
        'A feature folder of apps/api reaches another only through libs/* (repositories, domain rules), ' +
        'apps/api/src/common and the auth decorators: shared reads are repository methods, shared rules domain functions.',
      severity: 'error',
      from: { path: '^apps/api/src/([^/]+)/' },
      to: { path: '^apps/api/src/[^/]+/', pathNot: ['^apps/api/src/$1/', ...API_SHARED] },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one thing that cannot be understood, tested or moved apart.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^coverage/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
  },
};
