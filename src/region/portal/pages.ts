/** The portal's pages as HTML text: schools, one page per municipality, coordinators, plan, search. */
import { regionRu } from '../../i18n/region-ru.ts';
import { formatDate } from '../../lib/dates.ts';
import { isOverdue } from '../../lib/roadmap.ts';
import { telHref, unbreakablePhone } from '../../lib/phone.ts';
import type { MunicipalityEntry } from '../read-region.ts';
import type { SchoolRecord } from '../school-record.ts';
import type { FormCoordinator } from '../schemas.ts';
import { figureChart, percent } from './chart.ts';
import { municipalStatus, type PortalData } from './data.ts';
import { Html, html, page } from './html.ts';

const words = regionRu;

function schoolRow(school: SchoolRecord, data: PortalData, names: Map<string, string>): Html {
  const dl = school.distanceLearning;
  // The number and date identify an order; its long title is on the school's own site.
  const order = dl.order
    ? `${dl.order.number ? `№ ${dl.order.number}` : dl.order.title} от ${formatDate(dl.order.date)}`
    : words.table.noOrder;
  const status = dl.active ? 'active' : 'inactive';
  return html`<tr data-municipality="${school.municipality}" data-status="${status}">
    <th scope="row" data-sort="${school.shortName}"><span class="school-name">${school.shortName}</span></th>
    <td data-sort="${names.get(school.municipality) ?? ''}">${names.get(school.municipality) ?? school.municipality}</td>
    <td data-sort="${status}">
      <span class="${dl.active ? 'dl-status dl-active' : 'dl-status'}">${dl.active ? words.table.active : words.table.inactive}</span>
    </td>
    <td data-sort="${dl.from}">${formatDate(dl.from)} — ${formatDate(dl.to)}</td>
    <td>${order}</td>
    <td data-sort="${school.hotline.phone}">
      <a class="tap" href="${telHref(school.hotline.phone)}" title="${school.hotline.title}">${unbreakablePhone(school.hotline.phone)}</a>
    </td>
    <td data-sort="${school.lastChange}"><time datetime="${school.lastChange}">${formatDate(school.lastChange)}</time></td>
    <td>
      <a class="tap" href="${data.base}${school.id}/">${words.table.open}<span class="visually-hidden">: ${school.shortName}</span></a>
    </td>
  </tr>`;
}

/**
 * One of the portal's tables in its scrolling wrapper: a caption, a header row of column names, the
 * rows. `attributes` go on the table; `focusable` lets a keyboard scroll a wide table.
 */
function dataTable(
  caption: string,
  columns: readonly string[],
  rows: Html | readonly Html[],
  { attributes = html``, focusable = false } = {},
): Html {
  return html`<div class="table-wrap"${focusable ? html` tabindex="0"` : ''}>
    <table${attributes}>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${columns.map((column) => html`<th scope="col">${column}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}

function schoolsTable(schools: readonly SchoolRecord[], data: PortalData): Html {
  const names = new Map(data.municipalities.map((m) => [m.id, m.data.name]));
  return dataTable(
    words.table.caption,
    words.table.columns,
    schools.map((school) => schoolRow(school, data, names)),
    { attributes: html` class="schools" data-schools` },
  );
}

function figureSection(data: PortalData): Html {
  const rows = data.figure.map(
    (row) =>
      html`<tr${row.id === undefined ? html` class="total"` : ''}><th scope="row">${row.name}</th><td>${row.total}</td><td>${row.active}</td><td>${percent(row.share)}</td><td>${row.reached ? words.figure.yes : words.figure.no}</td></tr>`,
  );
  return html`<section aria-labelledby="figure">
    <h2 id="figure">${words.figure.title}</h2>
    <p>${words.figure.target(data.region.target)}${data.region.order ? ` (${data.region.order})` : ''}</p>
    <figure class="chart-box">${figureChart(data.figure, data.region.target)}</figure>
    ${dataTable(words.figure.title, words.figure.columns, rows, { attributes: html` class="figure-table"`, focusable: true })}
  </section>`;
}

function filters(data: PortalData): Html {
  const options = data.municipalities.map((m) => html`<option value="${m.id}">${m.data.name}</option>`);
  return html`<form class="filters js-only" data-filters data-shown-label="${words.table.shown(0, 0).split(':')[0]}">
    <label
      >${words.table.filterMunicipality}
      <select name="municipality">
        <option value="">${words.table.all}</option>
        ${options}
      </select></label
    >
    <label
      >${words.table.filterStatus}
      <select name="status">
        <option value="">${words.table.all}</option>
        <option value="active">${words.table.active}</option>
        <option value="inactive">${words.table.inactive}</option>
      </select></label
    >
    <button type="submit">${words.table.apply}</button>
    <p role="status" data-shown></p>
    <p>${words.table.sortHint}</p>
  </form>`;
}

function municipalityLinks(data: PortalData): Html {
  return html`<p>${words.table.byMunicipality}</p>
    <ul class="link-list">
      ${data.municipalities.map((m) => html`<li><a href="${data.base}m/${m.id}/">${m.data.name}</a></li>`)}
    </ul>`;
}

function exportLinks(data: PortalData): Html {
  return html`<section aria-labelledby="data">
    <h2 id="data">${words.exports.title}</h2>
    <ul class="link-list">
      <li><a href="${data.base}info.json">${words.exports.info}</a></li>
      <li><a href="${data.base}rss.xml">${words.exports.rss}</a></li>
      <li><a href="${data.base}events.ics">${words.exports.ics}</a></li>
      <li><a href="${data.base}coordinators/coordinators.xlsx">${words.coordinators.download} (XLSX)</a></li>
    </ul>
  </section>`;
}

const frame = (data: PortalData) => ({ base: data.base, regionName: data.region.name, updated: formatDate(data.today) });

export function indexPage(data: PortalData): string {
  const failed =
    data.failed.length === 0
      ? ''
      : html`<section aria-labelledby="failed">
          <h2 id="failed">${words.failed.title}</h2>
          <p>${words.failed.note}</p>
          <ul>
            ${data.failed.map((id) => html`<li>${id}</li>`)}
          </ul>
        </section>`;
  return page({
    ...frame(data),
    title: words.portal,
    description: `${data.region.name}: ${words.figure.title.toLowerCase()}, ${words.nav.coordinators.toLowerCase()}, ${words.nav.plan.toLowerCase()}`,
    current: 'schools',
    scripts: ['portal-table.js'],
    body: html`${figureSection(data)}
      <section aria-labelledby="schools">
        <h2 id="schools">${words.table.title}</h2>
        ${municipalityLinks(data)} ${filters(data)} ${schoolsTable(data.schools, data)}
      </section>
      ${failed} ${exportLinks(data)}`,
  });
}

function coordinatorTable(people: readonly FormCoordinator[], caption: string): Html {
  if (people.length === 0) return html`<p>${words.coordinators.none}</p>`;
  const rows = people.map(
    (p, index) =>
      html`<tr>
        <td>${index + 1}</td>
        <th scope="row">${p.name}</th>
        <td>${p.position}</td>
        <td>${p.workplace}</td>
        <td><a class="tap" href="${telHref(p.phone)}">${unbreakablePhone(p.phone)}</a></td>
        <td><a href="mailto:${p.email}">${p.email}</a></td>
      </tr>`,
  );
  return dataTable(caption, words.coordinators.columns, rows);
}

function municipalCoordinators(m: MunicipalityEntry, data: PortalData, level: 2 | 3): Html {
  const heading = level === 2 ? html`<h2 id="m-${m.id}">${m.data.name}</h2>` : html`<h3 id="m-${m.id}">${m.data.name}</h3>`;
  return html`<section aria-labelledby="m-${m.id}">
    ${heading} ${m.data.authority ? html`<p>${m.data.authority}</p>` : ''}
    ${coordinatorTable(m.data.coordinators, `${words.coordinators.municipal}: ${m.data.name}`)}
    <p>
      ${words.coordinators.download}: <a href="${data.base}coordinators/${m.id}.xlsx">XLSX</a>,
      <a href="${data.base}coordinators/${m.id}.csv">CSV</a>
    </p>
  </section>`;
}

export function municipalityPage(data: PortalData, m: MunicipalityEntry): string {
  const schools = data.schools.filter((school) => school.municipality === m.id);
  const row = data.figure.find((figure) => figure.id === m.id)!;
  const late = data.late.filter((entry) => entry.municipalities.some((late) => late.id === m.id));
  return page({
    ...frame(data),
    title: m.data.name,
    description: `${m.data.name}: ${words.table.title.toLowerCase()}`,
    body: html`<p>
        ${words.figure.title}: ${percent(row.share)} (${row.active} / ${row.total}); ${words.figure.target(data.region.target)}.
      </p>
      ${late.length > 0 ? html`<p class="late">${words.plan.late}: ${late.map((entry) => words.plan.lateItem(entry.item.title, formatDate(entry.item.deadline))).join('; ')}</p>` : ''}
      ${schoolsTable(schools, data)} ${municipalCoordinators(m, data, 2)}`,
  });
}

export function coordinatorsPage(data: PortalData): string {
  return page({
    ...frame(data),
    title: words.coordinators.title,
    description: `${data.region.name}: ${words.coordinators.title.toLowerCase()}`,
    current: 'coordinators',
    body: html`<p>
        <a class="tap" href="${data.base}coordinators/coordinators.xlsx">${words.coordinators.downloadAll} (XLSX)</a> ·
        <a class="tap" href="${data.base}coordinators/coordinators.csv">CSV</a>
      </p>
      <section aria-labelledby="regional">
        <h2 id="regional">${words.coordinators.regional}</h2>
        ${coordinatorTable(data.region.coordinators, words.coordinators.regional)}
      </section>
      <section aria-labelledby="municipal">
        <h2 id="municipal">${words.coordinators.municipal}</h2>
        ${data.municipalities.map((m) => municipalCoordinators(m, data, 3))}
      </section>`,
  });
}

export function planPage(data: PortalData): string {
  const rows = data.region.plan.map((item) => {
    const overdue = isOverdue(item, data.today);
    const progress = item.municipal
      ? html`<details>
          <summary>${words.plan.municipalProgress}</summary>
          <ul>
            ${data.municipalities.map((m) => html`<li>${m.data.name}: ${words.plan.status[municipalStatus(m, item.id)]}</li>`)}
          </ul>
        </details>`
      : '';
    return html`<tr id="plan-${item.id.replace(/\./g, '-')}">
      <td>${item.id}</td>
      <th scope="row">${item.title}</th>
      <td><time datetime="${item.deadline}">${formatDate(item.deadline)}</time></td>
      <td>${words.plan.status[item.status]}${overdue ? html` <strong class="overdue">(${words.plan.overdue})</strong>` : ''}${progress}</td>
      <td>${item.responsible ?? ''}</td>
    </tr>`;
  });
  const late =
    data.late.length === 0
      ? html`<p>${words.plan.lateNone}</p>`
      : html`<ul>
          ${data.late.map((entry) => html`<li>${words.plan.lateItem(entry.item.title, formatDate(entry.item.deadline))}: ${entry.municipalities.map((m) => m.data.name).join(', ')}</li>`)}
        </ul>`;
  return page({
    ...frame(data),
    title: words.plan.title,
    description: `${data.region.name}: ${words.plan.title.toLowerCase()}`,
    current: 'plan',
    body: html`<section aria-labelledby="late">
        <h2 id="late">${words.plan.late}</h2>
        ${late}
      </section>
      ${dataTable(words.plan.title, words.plan.columns, rows)}`,
  });
}

export function searchPage(data: PortalData): string {
  const options = data.schools.map((school) => html`<option value="${school.shortName}">${school.shortName}</option>`);
  return page({
    ...frame(data),
    title: words.search.title,
    description: `${data.region.name}: ${words.search.title.toLowerCase()}`,
    current: 'search',
    scripts: ['portal-search.js'],
    body: html`<p class="no-js">${words.search.noJs}</p>
      <form
        class="search-form js-only"
        role="search"
        data-region-search
        data-loading="${words.search.loading}"
        data-nothing="${words.search.nothing}"
        data-found="${words.search.found(0).replace(/\s*0$/, '')}"
        data-portal="${words.search.portal}"
      >
        <label for="q">${words.search.label}</label> <input id="q" name="q" type="search" autocomplete="off" />
        <label for="school">${words.search.school}</label>
        <select id="school" name="school">
          <option value="">${words.search.allSchools}</option>
          ${options}
        </select>
        <button type="submit">${words.search.submit}</button>
      </form>
      <p role="status" data-search-status></p>
      <ol class="search-results" data-search-results></ol>
      <script type="application/json" data-region-schools>
        ${new Html(JSON.stringify(data.schools.map((school) => ({ id: school.id, name: school.shortName }))).replace(/</g, '\\u003c'))}
      </script>`,
  });
}
