/**
 * A region near another (the default target of a DR standby, a migration or a hub): on the same
 * continent and in the same AWS partition, where the replication tools are priced, nearest first.
 * Pure: the locations are a parameter (the data layer holds them).
 */

/** Where AWS groups its regions (AWS Global Infrastructure: the region list by geography). */
export type RegionArea = 'north-america' | 'south-america' | 'europe' | 'middle-east' | 'africa' | 'asia-pacific';

/** A region's approximate location: the metropolitan area AWS names for it. */
export interface RegionLocation {
  readonly latitude: number;
  readonly longitude: number;
  readonly area: RegionArea;
  /** GovCloud regions replicate only with each other ("aws-us-gov"); the others form "aws". */
  readonly partition: 'aws' | 'aws-us-gov';
}

/**
 * Where to look next when a continent has no other region (our choice): South America's nearest
 * well-connected neighbour is North America, Africa's and the Middle East's is Europe.
 */
const NEXT_AREA: Readonly<Partial<Record<RegionArea, RegionArea>>> = {
  'south-america': 'north-america',
  africa: 'europe',
  'middle-east': 'europe',
};

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: RegionLocation, b: RegionLocation): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The default target region for `source`: among `candidates` other than `source` in the same
 * partition, first those on the same continent (then its neighbour, NEXT_AREA), then those where
 * `isPreferred` (e.g. a managed replication tool is priced), then the nearest. Falls back to the first other candidate when a location is unknown,
 * and to `source` itself when there is no other.
 */
export function nearbyRegion(
  source: string,
  candidates: readonly string[],
  locations: Readonly<Record<string, RegionLocation>>,
  isPreferred: (code: string) => boolean = () => true,
): string {
  const others = candidates.filter((c) => c !== source);
  const from = locations[source];
  if (from === undefined) return others[0] ?? source;
  const ranked = others.flatMap((code) => {
    const at = locations[code];
    return at === undefined || at.partition !== from.partition
      ? []
      : [
          {
            code,
            sameArea: at.area === from.area ? 0 : at.area === NEXT_AREA[from.area] ? 1 : 2,
            preferred: isPreferred(code) ? 0 : 1,
            km: distanceKm(from, at),
          },
        ];
  });
  ranked.sort((a, b) => a.sameArea - b.sameArea || a.preferred - b.preferred || a.km - b.km);
  return ranked[0]?.code ?? others[0] ?? source;
}
