/**
 * The default target region (issue: a DR target near the source, on the same continent, not
 * us-east-1 for everyone): same partition, same continent first, then a region where a managed
 * replication tool is priced, then the nearest by great-circle distance.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm, nearbyRegion, type RegionLocation } from '../../../src/domain';
import { REGION_LOCATIONS } from '../../../src/data/region-locations';

const at = (
  latitude: number,
  longitude: number,
  area: RegionLocation['area'],
  partition: RegionLocation['partition'] = 'aws',
): RegionLocation => ({ latitude, longitude, area, partition });

describe('great-circle distance', () => {
  it('is 0 between a place and itself, and a quarter of the circumference from the equator to a pole', () => {
    expect(distanceKm(at(10, 20, 'europe'), at(10, 20, 'europe'))).toBe(0);
    // 2π × 6,371 / 4 = 10,007.54 km
    expect(distanceKm(at(0, 0, 'africa'), at(90, 0, 'europe'))).toBeCloseTo((2 * Math.PI * 6371) / 4, 6);
  });

  it('puts N. Virginia and Ohio about 500 km apart (1° of latitude is 111.2 km)', () => {
    const km = distanceKm(REGION_LOCATIONS['us-east-1'] as RegionLocation, REGION_LOCATIONS['us-east-2'] as RegionLocation);
    expect(km).toBeGreaterThan(450);
    expect(km).toBeLessThan(550);
  });
});

describe('the nearby target region', () => {
  const locations = {
    home: at(50, 8, 'europe'),
    near: at(51, 8, 'europe'), // 111 km
    far: at(40, 8, 'europe'), // 1,112 km
    across: at(50, 2, 'north-america'), // ~430 km, another continent
    gov: at(50, 8.1, 'europe', 'aws-us-gov'),
  };
  const all = Object.keys(locations);

  it('takes the nearest region on the same continent, never the source, never another partition', () => {
    expect(nearbyRegion('home', all, locations)).toBe('near');
  });

  it('prefers a region where a managed tool is priced, on the same continent', () => {
    expect(nearbyRegion('home', all, locations, (code) => code !== 'near')).toBe('far');
  });

  it('goes to another continent only when its own has no other region', () => {
    expect(nearbyRegion('home', ['home', 'across'], locations)).toBe('across');
  });

  it('falls back to the first other candidate for an unknown location, and to the source when there is no other', () => {
    expect(nearbyRegion('nowhere', ['nowhere', 'far', 'near'], locations)).toBe('far');
    expect(nearbyRegion('home', ['home'], locations)).toBe('home');
  });

  it('gives the usual pairs with the bundled locations', () => {
    const regions = Object.keys(REGION_LOCATIONS);
    const pick = (r: string) => nearbyRegion(r, regions, REGION_LOCATIONS);
    expect(pick('us-east-1')).toBe('us-east-2');
    expect(pick('eu-central-2')).toBe('eu-south-1'); // Zurich → Milan, about 220 km (Frankfurt is about 300)
    expect(pick('ap-southeast-2')).toBe('ap-southeast-4'); // Sydney → Melbourne
    expect(pick('us-gov-west-1')).toBe('us-gov-east-1'); // GovCloud stays in GovCloud
    expect(pick('af-south-1').startsWith('eu-')).toBe(true); // Africa's neighbour is Europe
  });

  it('knows every region of the price data', async () => {
    const { BUNDLED_PRICE_BOOK } = await import('../../../src/data/bundled-prices');
    expect(Object.keys(BUNDLED_PRICE_BOOK.regions).filter((r) => REGION_LOCATIONS[r] === undefined)).toEqual([]);
  });
});
