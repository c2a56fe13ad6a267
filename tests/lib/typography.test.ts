import { expect, test } from 'vitest';
import { keepNumberSign } from '../../src/lib/typography.ts';

test('«№» is joined to its number by a no-break space, wherever it stands', () => {
  expect(keepNumberSign('МБОУ «СОШ № 2»')).toBe('МБОУ «СОШ №\u00a02»');
  expect(keepNumberSign('Лицей №  7, корпус № 2')).toBe('Лицей №\u00a07, корпус №\u00a02');
  expect(keepNumberSign('Гимназия «Эврика»')).toBe('Гимназия «Эврика»');
});
