/**
 * The monitored figure as an inline SVG drawn at build time: one bar per municipality and one for the
 * region, the target as a dashed line. No chart library, no script; colours come from the portal's
 * CSS classes (so the schemes for the visually impaired recolour it). The same numbers are in the
 * table under it, which is what screen readers are pointed to.
 */
import { regionRu } from '../../i18n/region-ru.ts';
import type { FigureRow } from './data.ts';
import { html, type Html } from './html.ts';

const WIDTH = 440;
const LEFT = 8;
const BAR_WIDTH = 360;
const ROW = 56;
const TOP = 28;

/** «12,5 %». */
export function percent(value: number): string {
  return `${String(value).replace('.', ',')} %`;
}

export function figureChart(rows: readonly FigureRow[], target: number): Html {
  const height = TOP + rows.length * ROW + 8;
  const targetX = LEFT + (BAR_WIDTH * target) / 100;
  const bars = rows.map((row, index) => {
    const y = TOP + index * ROW;
    const width = (BAR_WIDTH * row.share) / 100;
    const region = row.id === undefined;
    return html`<g class="${region ? 'chart-row chart-region' : 'chart-row'}">
      <text x="${LEFT}" y="${y + 14}" class="chart-label">${row.name}</text>
      <rect x="${LEFT}" y="${y + 20}" width="${BAR_WIDTH}" height="22" class="chart-track" />
      <rect
        x="${LEFT}"
        y="${y + 20}"
        width="${width.toFixed(1)}"
        height="22"
        class="${row.reached ? 'chart-bar chart-reached' : 'chart-bar'}"
      />
      <text x="${LEFT + BAR_WIDTH + 6}" y="${y + 36}" class="chart-value">${percent(row.share)}</text>
    </g>`;
  });
  return html`<svg
    class="chart"
    viewBox="0 0 ${WIDTH} ${height}"
    width="${WIDTH}"
    height="${height}"
    role="img"
    aria-label="${regionRu.figure.chartLabel(target)}"
  >
    ${bars}
    <line x1="${targetX.toFixed(1)}" y1="${TOP - 8}" x2="${targetX.toFixed(1)}" y2="${height - 4}" class="chart-target" />
    <text x="${(targetX + 4).toFixed(1)}" y="${TOP - 12}" class="chart-label">${regionRu.figure.target(target)}</text>
  </svg>`;
}
