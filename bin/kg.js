#!/usr/bin/env node
// The `kg` command: loads the TypeScript CLI through tsx so no build step can go stale.
require('tsx/cjs');
require('../src/cli/main.ts').main(process.argv.slice(2), { exitWhenDone: true });
