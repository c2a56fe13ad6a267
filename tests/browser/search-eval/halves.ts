/**
 * The evaluation's two halves and its figures. The half of a question is fixed by a hash of its text
 * (FNV-1a, lowest bit), chosen before any tuning: adding or removing questions never moves the others,
 * and nobody picks which ones are held out. Tuning looks only at the development half; the held-out
 * half is scored when the work is done.
 */
export type Half = 'development' | 'held-out';

export function halfOf(query: string): Half {
  let hash = 0x811c9dc5;
  for (const unit of query) {
    hash ^= unit.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash & 1 ? 'held-out' : 'development';
}

export interface Figures {
  queries: number;
  precisionAt1: number;
  top3: number;
  mrr: number;
  /** Share of queries that got no result at all. */
  noResult: number;
}

/** Figures from ranks: the 1-based place of the first right answer, 0 when it was not in the list. */
export function figuresOf(ranks: readonly number[], emptyLists: number): Figures {
  const n = ranks.length || 1;
  return {
    queries: ranks.length,
    precisionAt1: ranks.filter((rank) => rank === 1).length / n,
    top3: ranks.filter((rank) => rank > 0 && rank <= 3).length / n,
    mrr: ranks.reduce((sum, rank) => sum + (rank > 0 ? 1 / rank : 0), 0) / n,
    noResult: emptyLists / n,
  };
}

export const formatFigures = (f: Figures) =>
  `${f.queries} запросов: precision@1 ${f.precisionAt1.toFixed(2)}, топ-3 ${f.top3.toFixed(2)}, MRR ${f.mrr.toFixed(2)}, без результата ${(f.noResult * 100).toFixed(1)} %`;
