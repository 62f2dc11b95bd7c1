// Runs the server's TypeScript from source with the server's compiler settings (decorators,
// CommonJS) from any working directory, e.g. the repository root where `pnpm sira` starts:
//   node --require ./server/cli/register-typescript.cjs server/cli/sira.ts
const path = require('node:path');

process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
