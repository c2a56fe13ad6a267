/**
 * What the portal shows, computed from the parts the builds wrote (one part for a single build, one
 * per shard): the schools in a stable order, the monitored figure per municipality and for the region,
 * and which municipalities are late with the measures of the regional plan. Plain logic, no HTML.
 */
import { regionRu } from '../../i18n/region-ru.ts';
import type { MunicipalityEntry } from '../read-region.ts';
import type { SchoolRecord } from '../school-record.ts';
import type { Region, RegionPlanItem } from '../schemas.ts';

/** What one build (or one shard) writes to `OUT/.region/part.json`. */
export interface RegionPart {
  version: 1;
  region: Region;
  municipalities: MunicipalityEntry[];
  /** The day the sites were built for (YYYY-MM-DD, the region's time zone). */
  today: string;
  /** Where the portal lives: absolute origin and sub-path (`/` or `/distant/`). */
  site: string;
  base: string;
  /** This part's shard, when the build was split. */
  shard?: { index: number; count: number };
  /** Records of the schools of this part that have a built site. */
  schools: SchoolRecord[];
  /** Schools of this part whose content has errors and that have no built site. */
  failed: string[];
}

export interface FigureRow {
  /** Municipality id, or undefined for the region as a whole. */
  id: string | undefined;
  name: string;
  total: number;
  active: number;
  /** Per cent, one decimal; 0 when there are no schools. */
  share: number;
  reached: boolean;
}

export interface LateEntry {
  item: RegionPlanItem;
  municipalities: MunicipalityEntry[];
}

export interface PortalData {
  region: Region;
  municipalities: MunicipalityEntry[];
  today: string;
  site: string;
  base: string;
  /** By municipality name, then short name, then id. */
  schools: SchoolRecord[];
  failed: string[];
  figure: FigureRow[];
  late: LateEntry[];
}

const collator = new Intl.Collator('ru', { numeric: true });

function figureRow(id: string | undefined, name: string, schools: readonly SchoolRecord[], target: number): FigureRow {
  const active = schools.filter((school) => school.distanceLearning.active).length;
  const share = schools.length === 0 ? 0 : Math.round((active / schools.length) * 1000) / 10;
  return { id, name, total: schools.length, active, share, reached: schools.length > 0 && share >= target };
}

/** Status of a municipal measure for one municipality (not reported = planned). */
export function municipalStatus(municipality: MunicipalityEntry, itemId: string): string {
  return municipality.data.plan.find((progress) => progress.item === itemId)?.status ?? 'planned';
}

/** Municipal measures whose deadline has passed (before today) and that some municipality has not done. */
export function lateMunicipalities(region: Region, municipalities: readonly MunicipalityEntry[], today: string): LateEntry[] {
  return region.plan
    .filter((item) => item.municipal && item.deadline < today)
    .map((item) => ({ item, municipalities: municipalities.filter((m) => municipalStatus(m, item.id) !== 'done') }))
    .filter((entry) => entry.municipalities.length > 0);
}

/** Assembles the portal's data from every part; throws with a Russian message when parts disagree. */
export function portalData(parts: readonly RegionPart[]): PortalData {
  const first = parts[0];
  if (!first) throw new Error('нет ни одной части для сборки портала');
  for (const part of parts) {
    if (JSON.stringify(part.region) !== JSON.stringify(first.region) || part.today !== first.today) {
      throw new Error('части собраны из разных версий region.yaml или на разные даты — пересоберите все части из одной версии');
    }
  }
  const municipalities = [...first.municipalities].sort((a, b) => collator.compare(a.data.name, b.data.name));
  const order = new Map(municipalities.map((m, index) => [m.id, index]));
  const seen = new Set<string>();
  const schools = parts
    .flatMap((part) => part.schools)
    .filter((school) => !seen.has(school.id) && seen.add(school.id))
    .sort(
      (a, b) =>
        (order.get(a.municipality) ?? 0) - (order.get(b.municipality) ?? 0) ||
        collator.compare(a.shortName, b.shortName) ||
        collator.compare(a.id, b.id),
    );
  const failed = [...new Set(parts.flatMap((part) => part.failed))].filter((id) => !seen.has(id)).sort();
  const target = first.region.target;
  const figure = [
    ...municipalities.map((m) =>
      figureRow(
        m.id,
        m.data.name,
        schools.filter((school) => school.municipality === m.id),
        target,
      ),
    ),
    figureRow(undefined, regionRu.figure.region, schools, target),
  ];
  return {
    region: first.region,
    municipalities,
    today: first.today,
    site: first.site,
    base: first.base,
    schools,
    failed,
    figure,
    late: lateMunicipalities(first.region, municipalities, first.today),
  };
}
