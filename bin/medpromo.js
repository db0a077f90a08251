#!/usr/bin/env node
// The `medpromo` command runs the TypeScript sources through tsx, so there is no build step to forget.
require('tsx/cjs');
require('../server/src/cli/main.ts');
