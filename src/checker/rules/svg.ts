/** SVG pictures that run code or load other files: every .svg of the content folder (rules in src/markdown/svg-safety.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../content-model/problem.ts';
import { svgProblems } from '../../markdown/svg-safety.ts';
import { listFiles } from './files.ts';

/** Every SVG file of the content folder. */
export function checkSvgFiles(contentDir: string): Problem[] {
  return listFiles(contentDir)
    .filter((file) => /\.svg$/i.test(file))
    .flatMap((file) => {
      let text: string;
      try {
        text = readFileSync(join(contentDir, file), 'utf8');
      } catch {
        return [];
      }
      return svgProblems(file, text);
    });
}
