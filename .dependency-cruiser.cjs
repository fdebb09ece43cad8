// The module boundaries of src/ (docs/architecture.md, "Boundary rules"), checked in CI by
// `npm run lint:boundaries` (scripts/check-boundaries.mjs runs dependency-cruiser with these
// rules, plus the checks dependency-cruiser cannot express).
//
// A feature is a folder src/modules/<feature>/. Its `entities/` are private: another feature
// asks the owner's service, or receives a record type from the owner's `*.types.ts`.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'feature-entities-are-private',
      severity: 'error',
      comment:
        "A feature imports another feature's entities/ only from its own entities/ (relations). " +
        "Everything else asks the owner's service and uses the record type of the owner's " +
        '<thing>.types.ts.',
      from: { path: '^src/modules/([^/]+)/', pathNot: ['/entities/', '\\.types\\.ts$'] },
      to: { path: '^src/modules/[^/]+/entities/', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'feature-internals-are-private',
      severity: 'error',
      comment:
        "Another feature's repositories and loader factories are its own: ask its service, " +
        'and reach its loaders through the GraphQL context (context.loaders).',
      from: { path: '^src/modules/([^/]+)/' },
      to: {
        path: ['^src/modules/[^/]+/loaders/', '^src/modules/[^/]+/.+\\.repository\\.ts$'],
        pathNot: '^src/modules/$1/',
      },
    },
    {
      name: 'plumbing-imports-no-feature',
      severity: 'error',
      comment:
        'src/common, src/database and src/config serve every feature and know none of them; ' +
        'invert the dependency (an abstract class or a registry the feature fills in).',
      from: { path: '^src/(common|database|config)/' },
      to: { path: ['^src/modules/', '^src/app\\.', '^src/main\\.ts$'] },
    },
    {
      name: 'resolvers-and-controllers-use-services',
      severity: 'error',
      comment:
        'Resolvers and controllers never touch the database (DataSource, Repository, ' +
        '@InjectRepository, EntityManager): one service call per handler.',
      from: { path: '\\.(resolver|controller)\\.ts$' },
      to: { path: ['^typeorm$', '^@nestjs/typeorm$', 'node_modules/(typeorm|@nestjs/typeorm)/'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Files must not import each other in a circle.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    // Folder rules: dependency-cruiser marks a folder dependency `circular` when it lies on a
    // cycle of folders; `pathNot` keeps the steps inside one feature (or one plumbing area) out,
    // so only cycles that cross a boundary fail.
    {
      name: 'no-feature-folder-cycle',
      severity: 'error',
      comment:
        'Features must not form a cycle of folders (a feature and its own sub-folders may refer ' +
        'to each other). Pick one direction: the feature that reads depends on the one that owns.',
      scope: 'folder',
      from: { path: '^src/modules/([^/]+)' },
      to: { circular: true, pathNot: '^src/modules/$1(/|$)' },
    },
    {
      name: 'no-plumbing-folder-cycle',
      severity: 'error',
      comment:
        'src/common, src/database and src/config form no cycle with each other or with the ' +
        'rest of src (inside one of them, its helper folders may refer to each other).',
      scope: 'folder',
      from: { path: '^src/(common|database|config)' },
      to: { circular: true, pathNot: '^src/$1(/|$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.spec\\.ts$'] },
    // Type-only imports count: they tie the code to the other feature just the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.js'],
      // ESM sources import './x.js' for './x.ts'.
      extensionAlias: { '.js': ['.ts', '.js'] },
    },
  },
};
