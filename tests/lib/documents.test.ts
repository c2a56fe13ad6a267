import { describe, expect, test } from 'vitest';
import { documentFormat, documentReference, documentTarget, sortDocuments } from '../../src/lib/documents.ts';

describe('documentReference', () => {
  test('kind, number and date', () => {
    expect(documentReference({ kind: 'order', number: '214-о', date: '2026-11-13' })).toBe('Приказ №\u00a0214-о от 13 ноября 2026');
  });
  test('without a number', () => {
    expect(documentReference({ kind: 'regulation', date: '2025-08-29' })).toBe('Положение от 29 августа 2025');
  });
});

describe('documentTarget', () => {
  test('a file under public/ is a site path; a leading public/ is dropped', () => {
    expect(documentTarget({ file: 'documents/prikaz.pdf' })).toEqual({ path: 'documents/prikaz.pdf', internal: true, format: 'PDF' });
    expect(documentTarget({ file: 'public/documents/polozhenie.docx' })).toEqual({
      path: 'documents/polozhenie.docx',
      internal: true,
      format: 'DOCX',
    });
  });
  test('a url is used as it is', () => {
    expect(documentTarget({ url: 'https://example.org/a/b.pdf?x=1' })).toEqual({
      path: 'https://example.org/a/b.pdf?x=1',
      internal: false,
      format: 'PDF',
    });
    expect(documentTarget({ url: 'https://example.org/docs/' })).toEqual({ path: 'https://example.org/docs/', internal: false });
  });
  test('neither: nothing to open', () => {
    expect(documentTarget({})).toBeUndefined();
  });
  test('format only from the last segment', () => {
    expect(documentFormat('https://school.ru')).toBeUndefined();
    expect(documentFormat('a/b.PDF')).toBe('PDF');
  });
});

test('newest first; the same day by number, latest first', () => {
  const docs = [
    { title: 'A', date: '2026-11-13', number: '214-о' },
    { title: 'B', date: '2025-08-29' },
    { title: 'C', date: '2026-11-13', number: '215-о' },
    { title: 'D', date: '2026-11-14' },
  ];
  expect(sortDocuments(docs).map((doc) => doc.title)).toEqual(['D', 'C', 'A', 'B']);
});
