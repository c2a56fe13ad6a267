/**
 * The large generated school (the bench's) passes the checker. In the site project, not the unit one:
 * it writes and checks 883 files, seconds of work the unit suite's budget has no room for.
 */
import { afterAll, test } from 'vitest';
import { expectPassesChecker, removeWritten } from './generated-school.ts';

afterAll(removeWritten);

test('the large school passes the checker with no errors', () => {
  expectPassesChecker('large');
});
