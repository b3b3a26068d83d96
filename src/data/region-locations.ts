/**
 * Each region's approximate location (the metropolitan area AWS names for it on its Global
 * Infrastructure and Regions pages) and continent, for choosing a nearby default target region.
 * Coordinates are of the named city, to a tenth of a degree: enough to rank distances.
 */
import type { RegionLocation } from '../domain/regions/nearby-region';

const at = (
  latitude: number,
  longitude: number,
  area: RegionLocation['area'],
  partition: RegionLocation['partition'] = 'aws',
): RegionLocation => ({ latitude, longitude, area, partition });

export const REGION_LOCATIONS: Readonly<Record<string, RegionLocation>> = {
  'us-east-1': at(38.9, -77.4, 'north-america'), // N. Virginia
  'us-east-2': at(40.0, -83.0, 'north-america'), // Ohio
  'us-west-1': at(37.4, -122.0, 'north-america'), // N. California
  'us-west-2': at(45.8, -119.7, 'north-america'), // Oregon
  'ca-central-1': at(45.5, -73.6, 'north-america'), // Montreal
  'ca-west-1': at(51.0, -114.1, 'north-america'), // Calgary
  'mx-central-1': at(20.6, -100.4, 'north-america'), // Querétaro
  'us-gov-east-1': at(40.0, -83.0, 'north-america', 'aws-us-gov'), // US-East (Ohio)
  'us-gov-west-1': at(45.8, -119.7, 'north-america', 'aws-us-gov'), // US-West (Oregon)
  'sa-east-1': at(-23.5, -46.6, 'south-america'), // São Paulo
  'eu-west-1': at(53.3, -6.3, 'europe'), // Ireland
  'eu-west-2': at(51.5, -0.1, 'europe'), // London
  'eu-west-3': at(48.9, 2.4, 'europe'), // Paris
  'eu-central-1': at(50.1, 8.7, 'europe'), // Frankfurt
  'eu-central-2': at(47.4, 8.5, 'europe'), // Zurich
  'eu-north-1': at(59.3, 18.1, 'europe'), // Stockholm
  'eu-south-1': at(45.5, 9.2, 'europe'), // Milan
  'eu-south-2': at(41.6, -0.9, 'europe'), // Spain (Aragón)
  'il-central-1': at(32.1, 34.8, 'middle-east'), // Tel Aviv
  'me-south-1': at(26.1, 50.6, 'middle-east'), // Bahrain
  'me-central-1': at(24.5, 54.4, 'middle-east'), // UAE
  'af-south-1': at(-33.9, 18.4, 'africa'), // Cape Town
  'ap-south-1': at(19.1, 72.9, 'asia-pacific'), // Mumbai
  'ap-south-2': at(17.4, 78.5, 'asia-pacific'), // Hyderabad
  'ap-southeast-1': at(1.4, 103.8, 'asia-pacific'), // Singapore
  'ap-southeast-2': at(-33.9, 151.2, 'asia-pacific'), // Sydney
  'ap-southeast-3': at(-6.2, 106.8, 'asia-pacific'), // Jakarta
  'ap-southeast-4': at(-37.8, 145.0, 'asia-pacific'), // Melbourne
  'ap-southeast-5': at(3.1, 101.7, 'asia-pacific'), // Malaysia
  'ap-southeast-7': at(13.7, 100.5, 'asia-pacific'), // Thailand
  'ap-northeast-1': at(35.7, 139.7, 'asia-pacific'), // Tokyo
  'ap-northeast-2': at(37.6, 127.0, 'asia-pacific'), // Seoul
  'ap-northeast-3': at(34.7, 135.5, 'asia-pacific'), // Osaka
  'ap-east-1': at(22.3, 114.2, 'asia-pacific'), // Hong Kong
  'ap-east-2': at(25.0, 121.5, 'asia-pacific'), // Taipei
};
