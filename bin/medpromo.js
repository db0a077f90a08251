#!/usr/bin/env node
// The `medpromo` command runs the TypeScript sources through tsx, so there is no build step to forget.
require('tsx/cjs');
const { runCli } = require('../server/src/cli/main.ts');

runCli(process.argv).then((code) => {
  process.exitCode = code;
});
