import { expect, test } from 'vitest';
import { urlPieces } from '../../src/lib/url-text.ts';

test('a web address breaks only after a slash, never at a hyphen in a name', () => {
  expect(urlPieces('https://school47-nk.ru/guides/sferum-s-telefona/')).toEqual([
    'https://',
    'school47-nk.ru/',
    'guides/',
    'sferum-s-telefona/',
  ]);
  expect(urlPieces('https://sferum.ru', { dropScheme: true })).toEqual(['sferum.ru']);
  expect(urlPieces('https://a.ru/x?y=1').join('')).toBe('https://a.ru/x?y=1');
});
