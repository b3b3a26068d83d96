/**
 * Price refresh figure for `npm run bench` (SPEC §14, issue: "a 450 MB constructed EC2 file under 60 s
 * and 300 MB"): writes a Price List bulk file of AmazonEC2 in us-east-2 of at least 450 MB (products
 * with the attributes of real EC2 products, every operating system, tenancy and capacity status,
 * then their on-demand terms), reads it in a child process and prints its time and peak memory.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TYPES = [
  'm5.large',
  'm5.xlarge',
  'm7g.large',
  'm7g.xlarge',
  't3.small',
  'c5.large',
  'r5.large',
  'c7g.large',
  'x2idn.large',
  'i4i.large',
];
const SYSTEMS = ['Linux', 'Windows', 'RHEL', 'SUSE', 'Ubuntu Pro'];
const TENANCIES = ['Shared', 'Dedicated', 'Host'];
const CAPACITY = ['Used', 'UnusedCapacityReservation', 'AllocatedCapacityReservation'];
const TARGET_BYTES = 450 * 1024 * 1024;

function product(sku: string, n: number): object {
  const type = TYPES[n % TYPES.length] ?? 'm5.large';
  return {
    sku,
    productFamily: 'Compute Instance',
    attributes: {
      servicecode: 'AmazonEC2',
      location: 'US East (Ohio)',
      locationType: 'AWS Region',
      instanceType: type,
      currentGeneration: 'Yes',
      instanceFamily: 'General purpose',
      vcpu: '2',
      physicalProcessor: 'Intel Xeon Platinum 8175',
      clockSpeed: '3.1 GHz',
      memory: '8 GiB',
      storage: 'EBS only',
      networkPerformance: 'Up to 10 Gigabit',
      processorArchitecture: '64-bit',
      tenancy: TENANCIES[Math.floor(n / TYPES.length) % TENANCIES.length],
      operatingSystem: SYSTEMS[Math.floor(n / (TYPES.length * 3)) % SYSTEMS.length],
      licenseModel: 'No License required',
      usagetype: `USE2-BoxUsage:${type}`,
      operation: 'RunInstances',
      availabilityzone: 'NA',
      capacitystatus: CAPACITY[Math.floor(n / (TYPES.length * 15)) % CAPACITY.length],
      classicnetworkingsupport: 'false',
      dedicatedEbsThroughput: 'Up to 4750 Mbps',
      ecu: '10',
      enhancedNetworkingSupported: 'Yes',
      intelAvxAvailable: 'Yes',
      marketoption: 'OnDemand',
      normalizationSizeFactor: '4',
      preInstalledSw: n % 7 === 0 ? 'SQL Web' : 'NA',
      processorFeatures: 'Intel AVX; Intel AVX2; Intel AVX512; Intel Turbo',
      regionCode: 'us-east-2',
      servicename: 'Amazon Elastic Compute Cloud',
      vpcnetworkingsupport: 'true',
    },
  };
}

function term(sku: string, n: number): object {
  const rate = `${sku}.JRTCKXETXF.6YS6EN2CT7`;
  // Only the plain Linux products of one type share a price; others differ, as in AWS's files.
  const price = (0.096 + (n % 97) / 1000).toFixed(10);
  return {
    [`${sku}.JRTCKXETXF`]: {
      offerTermCode: 'JRTCKXETXF',
      sku,
      effectiveDate: '2026-12-01T00:00:00Z',
      priceDimensions: {
        [rate]: {
          rateCode: rate,
          description: `$${price} per On Demand Instance Hour`,
          beginRange: '0',
          endRange: 'Inf',
          unit: 'Hrs',
          pricePerUnit: { USD: price },
          appliesTo: [],
        },
      },
      termAttributes: {},
    },
  };
}

/** Writes the file in AWS's pretty-printed layout; returns its size. */
function writeBulkFile(path: string): number {
  const fd = openSync(path, 'w');
  let size = 0;
  const write = (text: string) => {
    size += writeSync(fd, text);
  };
  write(
    '{\n  "formatVersion" : "v1.0",\n  "disclaimer" : "constructed for the bench",\n  "offerCode" : "AmazonEC2",\n  "version" : "20261201000000",\n  "publicationDate" : "2026-12-01T00:00:00Z",\n  "products" : {\n',
  );
  const skus: string[] = [];
  // Each product is followed later by its term: stop when both together reach the target.
  const termBytes = JSON.stringify(term('BENCH00000000000', 0), null, 2).replace(/\n/g, '\n      ').length + 30;
  while (size + skus.length * termBytes < TARGET_BYTES) {
    const sku = `BENCH${String(skus.length).padStart(11, '0')}`;
    write(`${skus.length > 0 ? ',\n' : ''}    "${sku}" : ${JSON.stringify(product(sku, skus.length), null, 2).replace(/\n/g, '\n    ')}`);
    skus.push(sku);
  }
  write('\n  },\n  "terms" : {\n    "OnDemand" : {\n');
  skus.forEach((sku, n) => {
    // Linux/Shared/NA/Used products of one type must agree: give those the type's price.
    const plain = n % TYPES.length;
    write(`${n > 0 ? ',\n' : ''}      "${sku}" : ${JSON.stringify(term(sku, plain), null, 2).replace(/\n/g, '\n      ')}`);
  });
  write('\n    }\n  }\n}\n');
  closeSync(fd);
  return size;
}

export function runPriceRefreshBench(): void {
  const dir = mkdtempSync(join(tmpdir(), 'msk-prices-'));
  try {
    const file = join(dir, 'AmazonEC2', 'us-east-2.json');
    spawnSync('mkdir', ['-p', join(dir, 'AmazonEC2')]);
    const wroteAt = performance.now();
    writeBulkFile(file);
    const mb = statSync(file).size / 1_048_576;
    const writeS = (performance.now() - wroteAt) / 1000;
    const child = spawnSync('npx', ['tsx', join('bench', 'price-refresh-child.ts'), dir, join('src', 'data', 'aws-prices.json')], {
      encoding: 'utf8',
    });
    if (child.status !== 0) {
      console.log(`Price refresh: could not be timed (${child.stderr.trim().split('\n').pop() ?? ''})`);
      return;
    }
    const figures = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as {
      ms: number;
      maxRssMiB: number;
      changed: number;
      failures: string[];
    };
    console.log(
      `Price refresh (SPEC §14): a constructed AmazonEC2 bulk file of ${mb.toFixed(0)} MB (written in ${writeS.toFixed(1)} s) read as a stream, mapped and diffed in ${(figures.ms / 1000).toFixed(1)} s, peak memory ${figures.maxRssMiB.toFixed(0)} MB (the reading process; limits 60 s and 300 MB)${figures.failures.length > 0 ? `; failures: ${figures.failures[0] ?? ''}` : ''}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
