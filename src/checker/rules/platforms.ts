/** Rule 3: one to three platforms, exactly one of them primary. */
import type { Problem } from '../../content-model/problem.ts';
import type { ContentModel } from '../model.ts';
import { problemAt } from '../validate-entry.ts';

export const MAX_PLATFORMS = 3;

export function checkPlatforms(model: ContentModel): Problem[] {
  const platforms = model.platforms;
  if (platforms.length === 0) return [];
  const problems: Problem[] = [];
  if (platforms.length > MAX_PLATFORMS) {
    // The excess is reported on secondary platforms, never on the primary one the editor must keep.
    const primaryFirst = [
      ...platforms.filter((platform) => platform.data.primary),
      ...platforms.filter((platform) => !platform.data.primary),
    ];
    for (const extra of primaryFirst.slice(MAX_PLATFORMS)) {
      problems.push(
        problemAt(
          extra,
          [],
          `платформ ${platforms.length}, а допускается не больше ${MAX_PLATFORMS} — рекомендация министерства: одна платформа на всю школу; оставьте основную и одну-две запасные`,
        ),
      );
    }
  }
  const primary = platforms.filter((platform) => platform.data.primary);
  if (primary.length === 0) {
    problems.push(
      problemAt(
        platforms[0]!,
        ['primary'],
        'ни одна платформа не отмечена как основная — поставьте primary: true у той, которой школа пользуется в первую очередь',
      ),
    );
  }
  for (const extra of primary.slice(1)) {
    problems.push(
      problemAt(
        extra,
        ['primary'],
        `основной может быть только одна платформа, а уже отмечена «${primary[0]!.id}» — поставьте здесь primary: false`,
      ),
    );
  }
  return problems;
}
