import { PRODUCT_VERSION } from './version';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require('../../package.json') as { version: string };

it('matches package.json', () => {
  expect(PRODUCT_VERSION).toBe(pkg.version);
});
