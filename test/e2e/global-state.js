// Where the e2e set-up records the server's URL for the test workers (one file per checkout).
'use strict';
const { createHash } = require('node:crypto');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

function stateFile() {
  const id = createHash('sha256').update(join(__dirname, '..', '..')).digest('hex').slice(0, 12);
  return join(tmpdir(), `ifo-prognos-e2e-${id}.json`);
}

module.exports = { stateFile };
