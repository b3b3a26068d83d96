/**
 * SPEC §14's mapping, through the command on constructed Price List bulk files: which products set
 * which key, at what scale, and which are ignored or reported. Every expected value is worked out
 * by hand in the test.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  VIRGINIA,
  bulkFile,
  ebsProduct,
  ec2Instance,
  editData,
  linesStarting,
  makeWorkspace,
  priceAt,
  rateCodeOf,
  readData,
  refreshFrom,
  regionAttributes,
  removeWorkspaces,
  setPrice,
  writePriceFile,
  type BulkPrice,
  type BulkProduct,
  type Json,
} from './refresh-harness';

afterEach(removeWorkspaces);

/** Lines of the diff (changed, added, removed), in order. */
const diffOf = (lines: readonly string[]) => lines.filter((l) => /^(changed|added|removed) /.test(l));

describe('EC2 instances', () => {
  /** The plain product: BoxUsage:m5.large, Linux, shared tenancy, no pre-installed software, capacity used. */
  const plain = ec2Instance('EC2M5LARGELINUX1', 'm5.large', '0.1000000000');

  it('map BoxUsage:m5.large (Linux, Shared, NA, Used) to ec2["m5.large"]: 0.096 -> 0.1 is +4.17 %, shown as (+4.2 %)', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(ws, 'AmazonEC2/us-east-2.json', bulkFile({ offerCode: 'AmazonEC2', products: [plain] }));
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    expect(diffOf(run.lines)).toEqual([
      `changed us-east-2 ec2["m5.large"] 0.096 -> 0.1 (+4.2 %) USE2-BoxUsage:m5.large ${rateCodeOf('EC2M5LARGELINUX1')}`,
    ]);
    expect(priceAt(await readData(ws), 'us-east-2', 'ec2', 'm5.large')).toBe(0.1);
  });

  it.each([
    ['tenancy Dedicated', { tenancy: 'Dedicated' }],
    ['operatingSystem Windows', { operatingSystem: 'Windows', operation: 'RunInstances:0002' }],
    ['capacitystatus UnusedCapacityReservation', { capacitystatus: 'UnusedCapacityReservation' }],
    ['pre-installed SQL Web', { preInstalledSw: 'SQL Web', operation: 'RunInstances:0200' }],
    [
      'a Local Zone (locationType "AWS Local Zone") under its parent region code',
      { location: 'US East (Ohio) Local Zone', locationType: 'AWS Local Zone' },
    ],
  ])('ignore the same type with %s', async (_what, overrides) => {
    const ws = await makeWorkspace();
    // Were the variant read, its 0.5 would conflict with the plain product's 0.1.
    const variant = ec2Instance('EC2M5LARGEOTHER1', 'm5.large', '0.5000000000', overrides);
    await writePriceFile(ws, 'us-east-2.json', bulkFile({ offerCode: 'AmazonEC2', products: [variant, plain] }));
    const run = await refreshFrom(ws, '--partial');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(diffOf(run.lines)).toEqual([
      `changed us-east-2 ec2["m5.large"] 0.096 -> 0.1 (+4.2 %) USE2-BoxUsage:m5.large ${rateCodeOf('EC2M5LARGELINUX1')}`,
    ]);
  });

  it('ignore instance types the data does not know (m8g.large)', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(
      ws,
      'us-east-2.json',
      bulkFile({ offerCode: 'AmazonEC2', products: [ec2Instance('EC2M8GLARGE00001', 'm8g.large', '0.0900000000'), plain] }),
    );
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    expect(diffOf(run.lines)).toHaveLength(1);
    expect(Object.keys(priceAt(await readData(ws), 'us-east-2', 'ec2') as object)).not.toContain('m8g.large');
  });
});

describe('EBS gp3 throughput', () => {
  it('sets gp3ThroughputPerGiBpsMonth_raw 40.96 and gp3ThroughputPerMiBpsMonth 40.96 ÷ 1,024 = 0.04 where the data had none (ap-southeast-5)', async () => {
    const ws = await makeWorkspace();
    const product = ebsProduct('EBSTPUTMALAYSIA1', 'EBS:VolumeP-Throughput.gp3', 'GiBps-mo', '40.9600000000', {
      ...regionAttributes('ap-southeast-5', 'Asia Pacific (Malaysia)'),
      usagetype: 'APS9-EBS:VolumeP-Throughput.gp3',
    });
    await writePriceFile(ws, 'ap-southeast-5.json', bulkFile({ offerCode: 'AmazonEC2', products: [product] }));
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    const rate = rateCodeOf('EBSTPUTMALAYSIA1');
    expect(diffOf(run.lines).sort()).toEqual([
      `added ap-southeast-5 ebs.gp3ThroughputPerGiBpsMonth_raw null -> 40.96 APS9-EBS:VolumeP-Throughput.gp3 ${rate}`,
      `added ap-southeast-5 ebs.gp3ThroughputPerMiBpsMonth null -> 0.04 APS9-EBS:VolumeP-Throughput.gp3 ${rate}`,
    ]);
    const written = await readData(ws);
    expect(priceAt(written, 'ap-southeast-5', 'ebs', 'gp3ThroughputPerGiBpsMonth_raw')).toBe(40.96);
    expect(priceAt(written, 'ap-southeast-5', 'ebs', 'gp3ThroughputPerMiBpsMonth')).toBe(0.04);
  });
});

describe('Kinesis Data Streams', () => {
  it('keeps PUT payload units per million: 0.0000000140 per unit × 1,000,000 = 0.014, without float noise', async () => {
    const ws = await makeWorkspace();
    await editData(ws, (data) => setPrice(data, 'us-east-1', ['kinesis', 'provisioned', 'putPayloadUnitsPerMillion'], null));
    const product: BulkProduct = {
      sku: 'KINESISPUTUNITS1',
      productFamily: 'Kinesis Streams',
      attributes: {
        servicecode: 'AmazonKinesis',
        ...VIRGINIA,
        usagetype: 'PutRequestPayloadUnits',
        operation: 'PutRecord',
        group: 'Payload Units',
      },
      prices: [{ unit: 'PutRequestPayloadUnits', usd: '0.0000000140' }],
    };
    await writePriceFile(ws, 'AmazonKinesis/us-east-1.json', bulkFile({ offerCode: 'AmazonKinesis', products: [product] }));
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    expect(diffOf(run.lines)).toEqual([
      `added us-east-1 kinesis.provisioned.putPayloadUnitsPerMillion null -> 0.014 PutRequestPayloadUnits ${rateCodeOf('KINESISPUTUNITS1')}`,
    ]);
    expect(priceAt(await readData(ws), 'us-east-1', 'kinesis', 'provisioned', 'putPayloadUnitsPerMillion')).toBe(0.014);
  });
});

describe('AWS Data Transfer, us-east-1', () => {
  const FROM_VIRGINIA = {
    servicecode: 'AWSDataTransfer',
    fromRegionCode: 'us-east-1',
    fromLocation: 'US East (N. Virginia)',
    fromLocationType: 'AWS Region',
  };

  function transfer(
    sku: string,
    usagetype: string,
    transferType: string,
    to: readonly [string, string],
    prices: readonly BulkPrice[],
  ): BulkProduct {
    return {
      sku,
      productFamily: 'Data Transfer',
      attributes: {
        ...FROM_VIRGINIA,
        usagetype,
        operation: '',
        transferType,
        toRegionCode: to[0],
        toLocation: to[1],
        toLocationType: 'AWS Region',
      },
      prices,
    };
  }
  const gb = (usd: string): BulkPrice[] => [{ unit: 'GB', usd }];
  const outTo = (sku: string, prefix: string, to: readonly [string, string], usd: string) =>
    transfer(sku, `USE1-${prefix}-AWS-Out-Bytes`, 'InterRegion Outbound', to, gb(usd));

  /**
   * A complete AWSDataTransfer file of us-east-1: cross-AZ 0.01; inter-region 0.02 to four bundled
   * destinations (ap-southeast-7 among them, an exception at 0.08 in the data), 0.01 to us-east-2,
   * 0.09 to a region we do not bundle, and an inbound row; internet egress in tiers.
   */
  function virginiaTransfers(tiers: readonly BulkPrice[]): BulkProduct[] {
    return [
      transfer(
        'DTCROSSAZVIRGIN1',
        'USE1-DataTransfer-Regional-Bytes',
        'IntraRegion',
        ['us-east-1', 'US East (N. Virginia)'],
        gb('0.0100000000'),
      ),
      outTo('DTTOOREGON000001', 'USW2', ['us-west-2', 'US West (Oregon)'], '0.0200000000'),
      outTo('DTTOIRELAND00001', 'EU', ['eu-west-1', 'EU (Ireland)'], '0.0200000000'),
      outTo('DTTOOHIO00000001', 'USE2', ['us-east-2', 'US East (Ohio)'], '0.0100000000'),
      outTo('DTTOMUMBAI000001', 'APS3', ['ap-south-1', 'Asia Pacific (Mumbai)'], '0.0200000000'),
      outTo('DTTOTHAILAND0001', 'APS7', ['ap-southeast-7', 'Asia Pacific (Thailand)'], '0.0200000000'),
      outTo('DTTONEWZEALAND01', 'APS8', ['ap-southeast-6', 'Asia Pacific (New Zealand)'], '0.0900000000'),
      transfer('DTINFROMOHIO0001', 'USE1-USE2-AWS-In-Bytes', 'InterRegion Inbound', ['us-east-2', 'US East (Ohio)'], gb('0.0000000000')),
      transfer('DTINTERNETOUT001', 'USE1-DataTransfer-Out-Bytes', 'AWS Outbound', ['', 'External'], tiers),
    ];
  }

  /** AWS's internet egress tiers: the first 100 GB free (the account-wide allowance), then 0.09, 0.085, 0.07 and 0.05. */
  const TIERS: readonly BulkPrice[] = [
    { rate: 'FREE100GB0', unit: 'GB', usd: '0.0000000000', beginRange: '0', endRange: '100' },
    { rate: 'TIER10TB00', unit: 'GB', usd: '0.0900000000', beginRange: '100', endRange: '10240' },
    { rate: 'TIER50TB00', unit: 'GB', usd: '0.0850000000', beginRange: '10240', endRange: '51200' },
    { rate: 'TIER150TB0', unit: 'GB', usd: '0.0700000000', beginRange: '51200', endRange: '153600' },
    { rate: 'TIERREST00', unit: 'GB', usd: '0.0500000000', beginRange: '153600', endRange: 'Inf' },
  ];

  const transferOf = async (ws: Awaited<ReturnType<typeof makeWorkspace>>) =>
    priceAt(await readData(ws), 'us-east-1', 'dataTransfer') as Json;

  it('sets crossAzPerGbEachDirection from DataTransfer-Regional-Bytes (0.02 in the data -> 0.01 read)', async () => {
    const ws = await makeWorkspace();
    await editData(ws, (data) => setPrice(data, 'us-east-1', ['dataTransfer', 'crossAzPerGbEachDirection'], 0.02));
    await writePriceFile(
      ws,
      'AWSDataTransfer/us-east-1.json',
      bulkFile({ offerCode: 'AWSDataTransfer', products: virginiaTransfers(TIERS) }),
    );
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    // 0.02 -> 0.01 is -50.0 %.
    expect(linesStarting(run, 'changed')).toContain(
      `changed us-east-1 dataTransfer.crossAzPerGbEachDirection 0.02 -> 0.01 (-50.0 %) USE1-DataTransfer-Regional-Bytes ${rateCodeOf('DTCROSSAZVIRGIN1')}`,
    );
    expect((await transferOf(ws))['crossAzPerGbEachDirection']).toBe(0.01);
  });

  it('takes the modal inter-region rate 0.02 (four destinations) as usual and us-east-2 at 0.01 as its exception; unbundled destinations do not count', async () => {
    const ws = await makeWorkspace();
    await editData(ws, (data) => {
      setPrice(data, 'us-east-1', ['dataTransfer', 'interRegionOutPerGb'], null);
      setPrice(data, 'us-east-1', ['dataTransfer', 'interRegionOutToPerGb'], {});
    });
    await writePriceFile(ws, 'us-east-1.json', bulkFile({ offerCode: 'AWSDataTransfer', products: virginiaTransfers(TIERS) }));
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    const transfer = await transferOf(ws);
    expect(transfer['interRegionOutPerGb']).toBe(0.02);
    expect(transfer['interRegionOutToPerGb']).toEqual({ 'us-east-2': 0.01 });
    // A new exception is a change from the usual rate the destination had: 0.02 -> 0.01 is -50.0 %.
    expect(diffOf(run.lines)).toEqual([
      expect.stringMatching(/^added us-east-1 dataTransfer\.interRegionOutPerGb null -> 0\.02 USE1-\w+-AWS-Out-Bytes /),
      `added us-east-1 dataTransfer.interRegionOutToPerGb.us-east-2 null -> 0.01 USE1-USE2-AWS-Out-Bytes ${rateCodeOf('DTTOOHIO00000001')}`,
    ]);
  });

  it('drops the ap-southeast-7 exception (0.08) read in full at the usual 0.02: one changed line, -75.0 %', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(ws, 'us-east-1.json', bulkFile({ offerCode: 'AWSDataTransfer', products: virginiaTransfers(TIERS) }));
    const run = await refreshFrom(ws);
    expect(run.status).toBe(0);
    expect(diffOf(run.lines)).toEqual([
      expect.stringMatching(/^changed us-east-1 dataTransfer\.interRegionOutToPerGb\.ap-southeast-7 0\.08 -> 0\.02 \(-75\.0 %\) /),
    ]);
    expect((await transferOf(ws))['interRegionOutToPerGb']).toEqual({ 'us-east-2': 0.01 });
  });

  it('drops the ap-southeast-7 exception with --partial too: the excerpt prices that destination at the usual rate', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(ws, 'us-east-1.json', bulkFile({ offerCode: 'AWSDataTransfer', products: virginiaTransfers(TIERS) }));
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    expect(diffOf(run.lines)).toEqual([
      `changed us-east-1 dataTransfer.interRegionOutToPerGb.ap-southeast-7 0.08 -> 0.02 (-75.0 %) USE1-APS7-AWS-Out-Bytes ${rateCodeOf('DTTOTHAILAND0001')}`,
    ]);
    expect((await transferOf(ws))['interRegionOutToPerGb']).toEqual({ 'us-east-2': 0.01 });
  });

  it('builds internetOutTiers from beginRange/endRange, leaving out the free first 100 GB', async () => {
    const ws = await makeWorkspace();
    await editData(ws, (data) => setPrice(data, 'us-east-1', ['dataTransfer', 'internetOutTiers'], null));
    // The tiers in another order than AWS lists them: the ranges, not the order, decide.
    await writePriceFile(
      ws,
      'us-east-1.json',
      bulkFile({ offerCode: 'AWSDataTransfer', products: virginiaTransfers([...TIERS].reverse()) }),
    );
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    expect((await transferOf(ws))['internetOutTiers']).toEqual([
      { upToGbPerMonth: 10240, perGb: 0.09 },
      { upToGbPerMonth: 51200, perGb: 0.085 },
      { upToGbPerMonth: 153600, perGb: 0.07 },
      { upToGbPerMonth: null, perGb: 0.05 },
    ]);
    expect(linesStarting(run, 'added')).toEqual([expect.stringMatching(/^added us-east-1 dataTransfer\.internetOutTiers null -> \[/)]);
  });

  it('changes the tiers as one key when one tier changes (0.085 -> 0.08 from 10 TB to 50 TB)', async () => {
    const ws = await makeWorkspace();
    const tiers = TIERS.map((t) => (t.usd === '0.0850000000' ? { ...t, usd: '0.0800000000' } : t));
    await writePriceFile(ws, 'us-east-1.json', bulkFile({ offerCode: 'AWSDataTransfer', products: virginiaTransfers(tiers) }));
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    expect(linesStarting(run, 'changed').filter((l) => l.includes('internetOutTiers'))).toHaveLength(1);
    expect(((await transferOf(ws))['internetOutTiers'] as Json[])[1]).toEqual({ upToGbPerMonth: 51200, perGb: 0.08 });
  });
});

describe('MSK brokers', () => {
  const broker = (sku: string, usagetype: string, region: Record<string, string>, usd: string): BulkProduct => ({
    sku,
    productFamily: 'Managed Streaming for Apache Kafka (MSK)',
    attributes: { servicecode: 'AmazonMSK', ...region, usagetype, operation: 'RunBroker' },
    prices: [{ unit: 'Hrs', usd }],
  });

  it('report an unmapped Kafka usage type (USE1-Kafka.m8g.large, RunBroker) and add nothing', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(
      ws,
      'AmazonMSK/us-east-1.json',
      bulkFile({ offerCode: 'AmazonMSK', products: [broker('MSKM8GLARGE00001', 'USE1-Kafka.m8g.large', VIRGINIA, '0.2000000000')] }),
    );
    const before = await readData(ws);
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    expect(linesStarting(run, 'unmapped')).toEqual([
      'unmapped AmazonMSK Kafka.m8g.large (RunBroker) in us-east-1: a new offering to look at',
    ]);
    expect(diffOf(run.lines)).toEqual([]);
    const written = await readData(ws);
    expect(written['regions']).toEqual(before['regions']);
    expect(written['instances']).toEqual(before['instances']);
  });

  it('print an added line for a broker price where the data had null (mx-central-1 kafka.m5.large)', async () => {
    const ws = await makeWorkspace();
    const mexico = regionAttributes('mx-central-1', 'Mexico (Central)');
    await writePriceFile(
      ws,
      'mx-central-1.json',
      bulkFile({ offerCode: 'AmazonMSK', products: [broker('MSKM5LARGEMEXICO', 'MXC1-Kafka.m5.large', mexico, '0.2520000000')] }),
    );
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    expect(diffOf(run.lines)).toEqual([
      `added mx-central-1 msk.brokers["kafka.m5.large"] null -> 0.252 MXC1-Kafka.m5.large ${rateCodeOf('MSKM5LARGEMEXICO')}`,
    ]);
    expect(run.lines.at(-1)).toBe(`0 changed, 1 added, 0 removed; wrote ${ws.dataPath}`);
    expect(priceAt(await readData(ws), 'mx-central-1', 'msk', 'brokers', 'kafka.m5.large')).toBe(0.252);
  });

  it('set Express brokers under msk.express.brokers (USE1-Express.m7g.large 0.408 -> 0.45 is +10.3 %)', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(
      ws,
      'us-east-1.json',
      bulkFile({ offerCode: 'AmazonMSK', products: [broker('MSKEXPRESSLARGE1', 'USE1-Express.m7g.large', VIRGINIA, '0.4500000000')] }),
    );
    const run = await refreshFrom(ws, '--partial');
    expect(diffOf(run.lines)).toEqual([
      `changed us-east-1 msk.express.brokers["express.m7g.large"] 0.408 -> 0.45 (+10.3 %) USE1-Express.m7g.large ${rateCodeOf('MSKEXPRESSLARGE1')}`,
    ]);
  });
});
