// e2e tear-down: stops the server started by global-setup.js and removes its state file.
'use strict';
const { rmSync } = require('node:fs');
const { stateFile } = require('./global-state');

module.exports = async () => {
  const server = globalThis.__IFO_E2E_SERVER__;
  if (server) {
    const { child } = server;
    const exited = new Promise((r) => child.once('exit', r));
    child.stdin.end(); // --lifeline: the server exits when its stdin closes
    const timer = setTimeout(() => child.kill('SIGTERM'), 3000);
    await exited;
    clearTimeout(timer);
  }
  globalThis.__IFO_E2E_SERVER__ = undefined;
  rmSync(stateFile(), { force: true });
};
