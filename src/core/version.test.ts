import { PRODUCT_VERSION } from './version';
import pkg from '../../package.json';

it('matches package.json', () => {
  expect(PRODUCT_VERSION).toBe(pkg.version);
});
