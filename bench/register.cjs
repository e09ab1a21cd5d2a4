// Runs bench/*.ts straight from source: swc strips the types and resolves the @quorum/* aliases, as
// jest.config.js does for the tests. The API under test still runs from its build (dist/).
/* eslint-disable @typescript-eslint/no-require-imports */
const { transformSync } = require('@swc/core');
const { readFileSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
    baseUrl: root,
    paths: Object.fromEntries(
      ['domain', 'db', 'queue', 'minutes', 'config'].flatMap((lib) => [
        [`@quorum/${lib}`, [`./libs/${lib}/src`]],
        [`@quorum/${lib}/*`, [`./libs/${lib}/src/*`]],
      ]),
    ),
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
