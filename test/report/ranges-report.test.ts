/**
 * The ranges section of a report (SPEC §12), from the hand-built ranges in ranges-fixture.ts: which
 * options get a row and why, the sentences, the table's cells and the chart's data. Expected values
 * are read off the fixture's table by hand.
 */
import { describe, expect, it } from 'vitest';
import { formatUsd } from '../../src/report/format';
import { atRiskText, rangesLines, rangeText } from '../../src/report/ranges-lines';
import { monthTicks } from '../../src/report/ranges-chart';
import { buildRangesReport, regretText, shareText, type RangesReport } from '../../src/report/ranges-report';
import { buildReport } from '../../src/report/report-model';
import { BUNDLED_PRICE_BOOK, sizeWith } from '../support/factories';
import { handBuiltRanges, resultWithRanges, SMALL } from './ranges-fixture';

const M7G = 'msk-standard:kafka.m7g.large';
const M5 = 'msk-standard:kafka.m5.large';
const EXPRESS_LARGE = 'msk-express:express.m7g.large';
const EXPRESS_XLARGE = 'msk-express:express.m7g.xlarge';
const SERVERLESS = 'msk-serverless:serverless';
const SELF_M7G = 'self-managed:m7g.large';

function rangesOf(result = resultWithRanges()): RangesReport {
  const report = buildRangesReport(result);
  if (report === null) throw new Error('no ranges section');
  return report;
}

describe('which options the ranges table shows', () => {
  const report = rangesOf();

  it("shows the recommendation, the least-regret choice, options cheapest in at least 1 % of futures and each kind's cheapest size, cheapest at P50 first", () => {
    // P50 now: express.m7g.large 700, express.m7g.xlarge 760, self-managed m7g.large 824.68, kafka.m7g.large 835.35,
    // kafka.m5.large 848.49, Serverless 1,300. kafka.m5.xlarge (900) is not its kind's cheapest and is never the cheapest.
    expect(report.rows.map((r) => r.id)).toEqual([EXPRESS_LARGE, EXPRESS_XLARGE, SELF_M7G, M7G, M5, SERVERLESS]);
  });

  it('says why each row is there', () => {
    const roles = Object.fromEntries(report.rows.map((r) => [r.id, r.roles]));
    expect(roles[M7G]).toEqual(['recommended', 'often-cheapest', 'cheapest-of-kind']);
    expect(roles[EXPRESS_XLARGE]).toEqual(['least-regret', 'often-cheapest', 'cheapest-of-kind']);
    // Cheapest in 30 % of futures, but it fits only 40 % of them: not Express's representative.
    expect(roles[EXPRESS_LARGE]).toEqual(['often-cheapest']);
    // Cheapest in 0.5 % of futures only: there as MSK Standard M5's cheapest size.
    expect(roles[M5]).toEqual(['cheapest-of-kind']);
  });

  it('leaves out a kind with no size that fits at least half the futures, and names it', () => {
    // kafka.t3.small fits no future; self-managed m5.large fits 30 %.
    expect(report.kindsLeftOut).toEqual(['MSK T3 (dev/test)', 'Self-managed M5']);
    expect(report.rows.some((r) => r.id === 'self-managed:m5.large' || r.id === 'msk-standard:kafka.t3.small')).toBe(false);
  });

  it('breaks a tie at P50 within a kind by fewer brokers, as SPEC §8 does', () => {
    const base = resultWithRanges();
    const ranges = base.ranges;
    if (!ranges) throw new Error('no ranges');
    // Both Express sizes fit every future at $760 P50; the xlarge needs 3 brokers at P50, the large 6.
    const tied = ranges.options.map((o) =>
      o.id === EXPRESS_LARGE
        ? {
            ...o,
            pAvailable: 0.95,
            pCheapest: 0,
            now: { monthlyCostUsd: { p10: 700, p50: 760, p90: 820 }, brokers: { p10: 6, p50: 6, p90: 6 } },
          }
        : o,
    );
    const rows = rangesOf({ ...base, ranges: { ...ranges, options: tied, leastRegret: null } }).rows;
    expect(rows.find((r) => r.id === EXPRESS_XLARGE)?.roles).toEqual(['often-cheapest', 'cheapest-of-kind']);
    expect(rows.some((r) => r.id === EXPRESS_LARGE)).toBe(false);
  });
});

describe('a ranges row', () => {
  const rows = new Map(rangesOf().rows.map((r) => [r.id, r]));

  it('carries P(cheapest), cost now and at month 12, brokers at P50, the month at risk and the share unavailable', () => {
    expect(rows.get(M7G)).toMatchObject({
      label: 'MSK Standard kafka.m7g.large',
      recommendationClass: 'msk-standard-m7g',
      pCheapest: 0.55,
      // 800 + 10 × 12 = 920, 835.35 + 120 = 955.35, 900 + 50 × 12 = 1,500.
      costNowUsd: { p10: 800, p50: 835.35, p90: 900 },
      costAtHorizonUsd: { p10: 920, p50: 955.35, p90: 1500 },
      hasBrokers: true,
      brokersNowP50: 3,
      brokersAtHorizonP50: 6,
      firstMonthAtRisk: null,
      unavailableByHorizon: 0,
    });
    expect(rows.get(SERVERLESS)).toMatchObject({ hasBrokers: false, brokersNowP50: null, firstMonthAtRisk: 0, unavailableByHorizon: 0.62 });
    expect(rows.get(SELF_M7G)).toMatchObject({ pCheapest: null, firstMonthAtRisk: 7, unavailableByHorizon: 0.25 });
  });
});

describe('the ranges sentences', () => {
  const report = rangesOf();

  it("words the least-regret choice as SPEC §12 v2.1 does, over the horizon, with the likely move's month and option", () => {
    // Score 0.0314 → 3.14 % → one decimal; 5 % of futures move, at month 9 at the median, to kafka.m7g.large.
    expect(report.leastRegret).toEqual({
      id: EXPRESS_XLARGE,
      label: 'MSK Express express.m7g.xlarge',
      score: 0.0314,
      pMove: 0.05,
      medianMoveMonth: 9,
      moveToLabel: 'MSK Standard kafka.m7g.large',
      isRecommendation: false,
      sentence:
        'Starting on MSK Express express.m7g.xlarge and moving only when it runs out of room costs on average 3.1 % more over 12 months ' +
        'than the best plan in hindsight; 5 % of futures outgrow it and move to MSK Standard kafka.m7g.large, typically in month 9',
    });
  });

  it('says that a plan with room in every future never moves', () => {
    const ranges = resultWithRanges().ranges;
    if (!ranges?.leastRegret) throw new Error('no least regret');
    const still = rangesOf(resultWithRanges({ leastRegret: { ...ranges.leastRegret, pMove: 0, medianMoveMonth: null, moveTo: null } }));
    expect(still.leastRegret?.sentence).toBe(
      'Starting on MSK Express express.m7g.xlarge and moving only when it runs out of room costs on average 3.1 % more over 12 months ' +
        'than the best plan in hindsight; it has room in every future to month 12',
    );
  });

  it('says, with a horizon of now, what the choice costs today against the best in hindsight', () => {
    expect(rangesOf(resultWithRanges({ horizonMonths: 0 })).leastRegret?.sentence).toBe(
      'MSK Express express.m7g.xlarge: today it costs on average 3.1 % more than the best choice in hindsight',
    );
  });

  it('says in plain words the chance the recommendation is the cheapest today, the base and ties folded into a detail', () => {
    expect(report.recommendation?.sentence).toBe(
      'The recommendation, MSK Standard kafka.m7g.large, has a 55 % chance of being the cheapest today.',
    );
    expect(report.recommendation?.detail).toBe(
      'Counted over the 2,000 futures drawn; where sizes cost the same to the cent, the one with fewer brokers counts as the cheapest, as the recommendation breaks ties.',
    );
  });

  it('says what a range means with the confidence, the futures, the seed and the horizon', () => {
    expect(report.meaning).toBe(
      'Each range you entered is the span you expect 90 % of outcomes to fall in. ' +
        'From those ranges MSK Sizer drew 2,000 futures (seed 7) and sized each one month by month to month 12; ' +
        'a figure reads typical (low–high): the middle future, and the span the middle 80 % of futures fall in, ' +
        'over the futures in which the option fits ("unavailable by" counts the others).',
    );
    expect(report).toMatchObject({ samples: 2000, seed: 7, confidence: 0.9, horizonMonths: 12, isComplete: true });
  });

  it('says when no input has a range (growth alone is uncertain)', () => {
    const withRange = resultWithRanges();
    const block = withRange.scenario.uncertainty;
    if (!block) throw new Error('the fixture has an uncertainty block');
    const base = { ...withRange, scenario: { ...withRange.scenario, uncertainty: { ...block, peakIngressMiBps: null } } };
    expect(
      rangesOf(base).meaning.startsWith(
        'No input has a range, so every future starts from the values in the form; MSK Sizer drew 2,000 futures',
      ),
    ).toBe(true);
  });

  it('has no least-regret sentence when no option is eligible', () => {
    const base = resultWithRanges({ leastRegret: null });
    expect(rangesOf(base).leastRegret).toBeNull();
    expect(rangesLines(rangesOf(base), formatUsd).summary.some((l) => l.startsWith('Least regret'))).toBe(false);
  });
});

describe('shares and regret in words', () => {
  it('writes shares as whole percentages, never rounding a rare event to never or always', () => {
    expect([0, 0.004, 0.01, 0.42, 0.985, 0.995, 1].map(shareText)).toEqual([
      '0 %',
      'under 1 %',
      '1 %',
      '42 %',
      '99 %',
      'over 99 %',
      '100 %',
    ]);
    // 290 of 2,000 futures is 14.5 %, which rounds up (0.145 × 100 is 14.499999999999998 in binary).
    expect(shareText(290 / 2000)).toBe('15 %');
  });

  it('writes a regret score as a percentage with one decimal, and a tiny one as less than 0.1 %', () => {
    expect([0, 0.0004, 0.0314, 0.0315, 0.125].map(regretText)).toEqual(['0 %', 'less than 0.1 %', '3.1 %', '3.2 %', '12.5 %']);
  });
});

describe('the ranges table as text', () => {
  const lines = rangesLines(rangesOf(), formatUsd);

  it('heads the columns with the horizon', () => {
    expect(lines.table[0]).toEqual([
      'Option',
      "Chance it's the cheapest today",
      'Monthly cost now: typical (middle 80 % of futures)',
      'At month 12',
      'Brokers (typical) now → month 12',
      'At risk from',
      'Unavailable by month 12',
    ]);
  });

  it("writes each row's cells: roles by the label, P50 then P10–P90, brokers now → at the horizon, never-eligible kinds as —", () => {
    const byLabel = new Map(lines.table.slice(1).map((r) => [r[0], r]));
    expect(byLabel.get('MSK Standard kafka.m7g.large (recommended)')).toEqual([
      'MSK Standard kafka.m7g.large (recommended)',
      '55 %',
      '$835.35 ($800.00–$900.00)',
      '$955.35 ($920.00–$1,500.00)',
      '3 → 6',
      '—',
      '0 %',
    ]);
    expect(byLabel.get('MSK Express express.m7g.xlarge (least regret)')?.slice(1, 2)).toEqual(['15 %']); // 0.145 → 14.5 → 15
    // 62 % of futures outgrow Serverless by month 12: its month-12 figures would be the few small futures left, so the cell says how few.
    expect(byLabel.get('MSK Serverless')).toEqual([
      'MSK Serverless',
      '0 %',
      '$1,300.00 ($1,200.00–$1,400.00)',
      'fits only 38 % of futures',
      'serverless',
      'now',
      '62 %',
    ]);
    // A range whose ends agree is one figure.
    expect(byLabel.get('Self-managed on EC2 m7g.large')).toEqual([
      'Self-managed on EC2 m7g.large',
      '—',
      '$824.68',
      '$824.68',
      '3 → 3',
      'month 7',
      '25 %',
    ]);
  });

  it('opens with the recommendation, the least-regret choice and what a range means; closes with the notes', () => {
    expect(lines.summary[0]).toContain('has a 55 % chance of being the cheapest today');
    expect(lines.summary[1]).toBe(
      'Least regret: Starting on MSK Express express.m7g.xlarge and moving only when it runs out of room costs on average 3.1 % more over 12 months ' +
        'than the best plan in hindsight; 5 % of futures outgrow it and move to MSK Standard kafka.m7g.large, typically in month 9.',
    );
    expect(lines.summary[2]).toBe(
      'Entered: Peak ingress: 0.5 to 2 MiB/s (likely 1); Monthly growth of throughput: 1 % to 5 % (likely 3 %); ' +
        'Horizon 12 months; confidence 0.9; 2,000 futures; seed 7.',
    );
    expect(lines.summary[3]).toContain('span you expect 90 % of outcomes');
    expect(lines.notes[1]).toBe(
      'Not in the table, as no size of theirs fits at least half the futures: MSK T3 (dev/test), Self-managed M5.',
    );
  });

  it('drops the horizon column when the horizon is now', () => {
    const now = rangesLines(rangesOf(resultWithRanges({ horizonMonths: 0 })), formatUsd);
    expect(now.table[0]).toEqual([
      'Option',
      "Chance it's the cheapest today",
      'Monthly cost now: typical (middle 80 % of futures)',
      'Brokers (typical)',
      'At risk from',
      'Unavailable by month 0',
    ]);
    expect(now.summary[3]).toContain('and sized each one as it is now;');
  });

  it('says the horizon is not sized yet while a run is under way', () => {
    const ranges = resultWithRanges().ranges;
    if (!ranges) throw new Error('no ranges');
    const partial = rangesOf(
      resultWithRanges({
        monthsSized: 1,
        timeline: ranges.timeline.slice(0, 1),
        options: ranges.options.map((o) => ({ ...o, atHorizon: null })),
      }),
    );
    expect(partial.isComplete).toBe(false);
    const text = rangesLines(partial, formatUsd);
    expect(text.summary).toContain('Months up to 12 are still being sized: the figures at month 12 are not ready yet.');
    expect(text.table[1]?.[3]).toBe('not sized yet');
    // "Never" and "0 %" are not known until the last month is sized.
    expect(text.table.slice(1).map((row) => row.slice(5))).toContainEqual(['…', '…']);
  });

  it('says the ranges cover this cluster alone when the scenario also replicates', () => {
    expect(rangesOf().replicationNote).toBeNull();
    const replicated = sizeWith({ ...SMALL, replication: { targetRegion: 'us-west-2' } });
    const withRanges = { ...replicated, ranges: handBuiltRanges() };
    expect(rangesLines(rangesOf(withRanges), formatUsd).notes).toContain(
      "These ranges cover this cluster alone: the other cluster and the replication tools are priced for today's values (see Replication & DR).",
    );
  });

  it('writes a range, a missing one and the month at risk', () => {
    expect(rangeText({ p10: 2007.2, p50: 4185.15, p90: 7561.43 }, formatUsd)).toBe('$4,185.15 ($2,007.20–$7,561.43)');
    expect(rangeText(null, formatUsd)).toBe('not available');
    expect(rangeText(null, formatUsd, 'fits no future')).toBe('fits no future');
    expect([null, 0, 7].map(atRiskText)).toEqual(['—', 'now', 'month 7']);
  });
});

describe('the ranges chart data', () => {
  const chart = rangesOf().chart;

  it("has a series per row, in the table's order, titled with its roles", () => {
    expect(chart.series.map((s) => s.label)).toEqual([
      'MSK Express express.m7g.large',
      'MSK Express express.m7g.xlarge (least regret)',
      'Self-managed on EC2 m7g.large',
      'MSK Standard kafka.m7g.large (recommended)',
      'MSK Standard kafka.m5.large',
      'MSK Serverless',
    ]);
  });

  it("carries every month's cost band and brokers, the month it runs out of room, and its own scale tops", () => {
    const m7g = chart.series.find((s) => s.id === M7G);
    expect(m7g?.months).toHaveLength(13);
    // Month 5: 800 + 50, 835.35 + 50, 900 + 250.
    expect(m7g?.months[5]).toEqual({ month: 5, costUsd: { p10: 850, p50: 885.35, p90: 1150 }, brokers: { p10: 3, p50: 3, p90: 3 } });
    expect(m7g).toMatchObject({ runsOutMonth: null, maxCostUsd: 1500, maxBrokers: 6 });
    expect(chart.series.find((s) => s.id === SELF_M7G)?.runsOutMonth).toBe(7);
    expect(chart.series.find((s) => s.id === SERVERLESS)).toMatchObject({ runsOutMonth: 0, endsMonth: 9, maxCostUsd: 1400, maxBrokers: 0 });
  });

  it('stops a series at the month by which half the futures have outgrown it', () => {
    const serverless = chart.series.find((s) => s.id === SERVERLESS);
    expect(serverless?.months[8]?.costUsd).toEqual({ p10: 1200, p50: 1300, p90: 1400 });
    expect(serverless?.months.slice(9).every((m) => m.costUsd === null && m.brokers === null)).toBe(true);
  });

  it('ticks whole months, at most six steps of 1, 2, 3, 6, 12 or 24 months', () => {
    expect(chart.monthTicks).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(monthTicks(24)).toEqual([0, 6, 12, 18, 24]);
    expect(monthTicks(3)).toEqual([0, 1, 2, 3]);
    expect(monthTicks(60)).toEqual([0, 12, 24, 36, 48, 60]);
    expect(monthTicks(7)).toEqual([0, 2, 4, 6]);
    expect(monthTicks(0)).toEqual([0]);
  });
});

describe('the report and its ranges', () => {
  it('has no ranges section when the result has no ranges (no uncertainty block)', () => {
    const plain = sizeWith({ name: 'Orders', ...SMALL });
    expect(buildRangesReport(plain)).toBeNull();
    expect(buildReport(plain, BUNDLED_PRICE_BOOK, '2026-11-22').ranges).toBeNull();
  });

  it('includes the section when the result has ranges', () => {
    expect(buildReport(resultWithRanges(), BUNDLED_PRICE_BOOK, '2026-11-22').ranges?.rows).toHaveLength(6);
  });
});
