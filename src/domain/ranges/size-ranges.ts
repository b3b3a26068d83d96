/**
 * Ranges and growth (SPEC §12): the scenario's futures, drawn from its `uncertainty` block, sized
 * month by month by the batch kernel (the same arithmetic as a single sizing), and summarised per
 * option: P10/P50/P90 of cost and brokers, how often it is available and the recommendation, when
 * it runs out of room, the least-regret choice, and the monthly timeline.
 *
 * `RangesRun` sizes one month per `step()`, so a Web Worker can report progress and drop a stale run
 * between months; `sizeRanges` runs it to the end.
 */
import { DEFAULT_EDITABLE_ASSUMPTIONS, type EditableAssumptions } from '../assumptions';
import type { PriceBook } from '../price-book';
import { COST_LINES, RECOMMENDATION_CLASSES } from '../result';
import type { Scenario } from '../scenario';
import { MAX_THROUGHPUT_MIBPS } from '../scenario-limits';
import { kernelInputOf } from '../size-options';
import { allocateFigures, allocateRows, fillRow, type KernelRows, type SizingFigures } from '../kernel/kernel-buffers';
import { ELIGIBLE_CLASSES } from '../kernel/recommend-rows';
import { sizeRows } from '../sizing-kernel';
import { OptionKind, sizingTableFor, type SizingTable } from '../sizing-table';
import { drawFutures, type Draws } from './draws';
import { percentilesOf, wholePercentilesOf } from './percentiles';
import type { OptionPlan, OptionRanges, RangeFigures, RangesResult, TimelineMonth } from './ranges-result';
export type { OptionLimit, OptionPlan, OptionRanges, Percentiles, RangeFigures, RangesResult, TimelineMonth } from './ranges-result';
export { nearestRank, percentilesOf, wholePercentilesOf } from './percentiles';
import { addPlanMonth, allocatePlanBooks, leastRegretIndex, resetPlanBooks, scorePlans, type PlanBooks } from './least-regret';
import { REGRET_EXPONENT } from './ranges-assumptions';
export { REGRET_EXPONENT };
import type { Uncertainty } from './uncertainty-schema';

const LINES = COST_LINES.length;
const L_STORAGE = COST_LINES.indexOf('storage');

/** Broker counts up to this are counted rather than selected (the quota is at most 10,000 brokers). */
const COUNTED_BROKERS = 10_001;

/**
 * A run's working memory: the kernel's rows and figures for every sample, and per option × sample the
 * largest storage line so far (EBS never shrinks) and the first month it was unavailable (-1: not yet).
 */
export interface RangesBuffers {
  readonly table: SizingTable;
  readonly samples: number;
  readonly rows: KernelRows;
  readonly figures: SizingFigures;
  readonly largestStorage: Float64Array;
  readonly firstUnavailable: Int16Array;
  readonly costs: Float64Array;
  readonly brokers: Float64Array;
  readonly brokerCounts: Int32Array;
  /** Least regret's plans (SPEC §12 v2.1). */
  readonly plans: PlanBooks;
}

export function allocateRangesBuffers(table: SizingTable, samples: number): RangesBuffers {
  const cells = table.options.length * samples;
  return {
    table,
    samples,
    rows: allocateRows(samples),
    figures: allocateFigures(table, samples, false),
    largestStorage: new Float64Array(cells),
    firstUnavailable: new Int16Array(cells).fill(-1),
    costs: new Float64Array(samples),
    brokers: new Float64Array(samples),
    brokerCounts: new Int32Array(COUNTED_BROKERS),
    plans: allocatePlanBooks(table.options.length, samples),
  };
}

/** Buffers made ready for a new run: the kernel overwrites rows and figures; the trackers start again. */
function resetBuffers(b: RangesBuffers): RangesBuffers {
  b.largestStorage.fill(0);
  b.firstUnavailable.fill(-1);
  resetPlanBooks(b.plans);
  return b;
}

/** Options sized, the figures a run keeps per (option, sample), and the month-0 summary. */
export class RangesRun {
  readonly block: Uncertainty;
  readonly samples: number;
  readonly table: SizingTable;
  private readonly scenario: Scenario;
  private readonly assumptions: EditableAssumptions;
  private readonly draws: Draws;
  /** The run's working memory (see RangesBuffers). */
  readonly buffers: RangesBuffers;
  private readonly rows: KernelRows;
  private readonly figures: SizingFigures;
  private readonly timeline: TimelineMonth[] = [];
  private month0: { pAvailable: Float64Array; pCheapest: (number | null)[]; samplesWithChoice: number } | null = null;
  /** Which options the scenario's purpose allows for the overall recommendation (SPEC §8). */
  private readonly eligible: readonly boolean[];

  /** `samples` overrides the block's (a first answer from fewer samples); the first k samples are always the same futures. */
  /**
   * `samples` overrides the block's (a first answer from fewer samples); the first k samples are always
   * the same futures. `spare`: buffers of an earlier run to reuse when they fit (same region and sample
   * count), which saves allocating some 16 MB per run; that earlier run must not be stepped again.
   */
  constructor(scenario: Scenario, block: Uncertainty, priceBook: PriceBook, samples: number = block.samples, spare?: RangesBuffers) {
    this.scenario = scenario;
    this.block = block;
    this.samples = samples;
    this.assumptions = scenario.assumptions ?? DEFAULT_EDITABLE_ASSUMPTIONS;
    this.table = sizingTableFor(priceBook, scenario.region);
    this.draws = drawFutures(block, scenario, samples);
    this.buffers =
      spare !== undefined && spare.table === this.table && spare.samples === samples
        ? resetBuffers(spare)
        : allocateRangesBuffers(this.table, samples);
    this.rows = this.buffers.rows;
    this.figures = this.buffers.figures;
    const eligibleClasses = ELIGIBLE_CLASSES[scenario.purpose];
    this.eligible = this.table.options.map(
      (o) => o.classIndex >= 0 && eligibleClasses.includes(RECOMMENDATION_CLASSES[o.classIndex] ?? 'msk-t3'),
    );
  }

  get monthsSized(): number {
    return this.timeline.length;
  }

  get done(): boolean {
    return this.timeline.length > this.block.horizonMonths;
  }

  /** Sample i's scenario at month m: its draws, throughput × growth^m (SPEC §12). */
  futureScenario(i: number, month: number): Scenario {
    const s = this.scenario;
    const d = this.draws;
    const throughput = (d.throughput[i] ?? 1) * Math.pow(d.growth[i] ?? 1, month);
    const egress = throughput * (d.egress[i] ?? 1);
    const retention = d.retentionHours[i] ?? s.retentionHours;
    const capped = (mibps: number) => Math.min(MAX_THROUGHPUT_MIBPS, mibps);
    return {
      ...s,
      avgIngressMiBps: capped(s.avgIngressMiBps * throughput),
      peakIngressMiBps: capped(s.peakIngressMiBps * throughput),
      avgEgressMiBps: capped(s.avgEgressMiBps * egress),
      peakEgressMiBps: capped(s.peakEgressMiBps * egress),
      // Egress is already derived from the groups in a normalised scenario, and is scaled above.
      consumerGroups: null,
      retentionHours: retention,
      localRetentionHours: retention === s.retentionHours ? s.localRetentionHours : s.localRetentionHours * (retention / s.retentionHours),
      partitions: d.partitions[i] ?? s.partitions,
    };
  }

  /** Sizes the next month for every sample; false once every month to the horizon is sized. */
  step(): boolean {
    if (this.done) return false;
    const month = this.timeline.length;
    const { table, rows, figures: f, samples } = this;
    for (let i = 0; i < samples; i += 1) fillRow(rows, i, table, kernelInputOf(this.futureScenario(i, month), this.assumptions));
    sizeRows(table, rows, f, month === 0);
    const options: Record<string, RangeFigures> = {};
    table.options.forEach((option, o) => {
      const keepsStorage = option.kind === OptionKind.standard || option.kind === OptionKind.selfManaged;
      let available = 0;
      for (let i = 0; i < samples; i += 1) {
        const cell = o * samples + i;
        const total = f.total[cell] ?? Number.NaN;
        if (f.unavailable[cell] !== 0 || Number.isNaN(total)) {
          if (this.buffers.firstUnavailable[cell] === -1) this.buffers.firstUnavailable[cell] = month;
          continue;
        }
        let cost = total;
        if (keepsStorage) {
          // Provisioned EBS never shrinks: the storage line is the largest provisioned so far.
          const line = f.lines[cell * LINES + L_STORAGE] ?? 0;
          const largest = Math.max(line, this.buffers.largestStorage[cell] ?? 0);
          this.buffers.largestStorage[cell] = largest;
          cost += largest - line;
        }
        this.buffers.costs[available] = cost;
        this.buffers.brokers[available] = f.brokers[cell] ?? Number.NaN;
        available += 1;
      }
      const hasBrokers = option.kind !== OptionKind.serverless;
      options[option.id] = {
        monthlyCostUsd: percentilesOf(this.buffers.costs, available),
        brokers: hasBrokers ? wholePercentilesOf(this.buffers.brokers, available, this.buffers.brokerCounts) : null,
      };
    });
    this.timeline.push({ month, options });
    addPlanMonth(this.buffers.plans, {
      month,
      samples,
      eligible: this.eligible,
      figures: f,
      firstUnavailable: this.buffers.firstUnavailable,
      ownCost: (cell) => this.ownCost(cell),
      moveMonths: this.assumptions.moveMonths,
    });
    if (month === 0) this.month0 = this.summariseMonth0();
    return !this.done;
  }

  /** An available cell's monthly cost as the timeline counts it: its storage line never shrinks. */
  private ownCost(cell: number): number {
    const f = this.figures;
    const total = f.total[cell] ?? Number.NaN;
    const kind = this.table.options[Math.floor(cell / this.samples)]?.kind;
    if (kind !== OptionKind.standard && kind !== OptionKind.selfManaged) return total;
    return total + (this.buffers.largestStorage[cell] ?? 0) - (f.lines[cell * LINES + L_STORAGE] ?? 0);
  }

  /** Runs every remaining month. */
  finish(): RangesResult {
    while (this.step()) {
      /* one month per step */
    }
    return this.result();
  }

  /** pAvailable and pCheapest, at month 0 (read while the figures hold month 0). */
  private summariseMonth0(): NonNullable<RangesRun['month0']> {
    const { table, figures: f, samples, eligible } = this;
    const n = table.options.length;
    const pAvailable = new Float64Array(n);
    const chosen = new Float64Array(n);
    let withChoice = 0;
    for (let i = 0; i < samples; i += 1) {
      const overall = f.overall[i] ?? -1;
      if (overall >= 0) {
        withChoice += 1;
        chosen[overall] = (chosen[overall] ?? 0) + 1;
      }
    }
    for (let o = 0; o < n; o += 1) {
      let available = 0;
      for (let i = 0; i < samples; i += 1) {
        const cell = o * samples + i;
        if (f.unavailable[cell] === 0 && !Number.isNaN(f.total[cell] ?? Number.NaN)) available += 1;
      }
      pAvailable[o] = available / samples;
    }
    const pCheapest = table.options.map((_, o) => (eligible[o] ? (withChoice === 0 ? 0 : (chosen[o] ?? 0) / withChoice) : null));
    return { pAvailable, pCheapest, samplesWithChoice: withChoice };
  }

  /** Every eligible option's plan over the months sized, and the least-regret one. */
  private plansSoFar(): { plans: (OptionPlan | null)[]; leastRegret: RangesResult['leastRegret'] } {
    const { table, samples, eligible } = this;
    const scored = scorePlans(this.buffers.plans, eligible, samples, this.buffers.firstUnavailable, this.timeline.length);
    const plans = scored.map((p): OptionPlan | null =>
      p === null
        ? null
        : {
            score: p.score,
            pMove: p.pMove,
            medianMoveMonth: p.medianMoveMonth,
            moveTo: p.moveToIndex === null ? null : (table.options[p.moveToIndex]?.id ?? null),
            costP50: p.costP50,
          },
    );
    const month0 = this.timeline[0];
    // Serverless has no brokers: 0, as the recommendation counts it.
    const brokersToday = (o: number) => month0?.options[table.options[o]?.id ?? '']?.brokers?.p50 ?? 0;
    const winner = leastRegretIndex(scored, brokersToday);
    const plan = winner < 0 ? null : (plans[winner] ?? null);
    // No eligible option fits any future today: every option's regret is 1, and naming one would mislead.
    const leastRegret =
      plan === null || (this.month0?.samplesWithChoice ?? 0) === 0 ? null : { id: table.options[winner]?.id ?? '', ...plan };
    return { plans, leastRegret };
  }

  /** The summary of the months sized so far (the complete result once `done`). */
  result(): RangesResult {
    const { table, samples, block } = this;
    const horizon = block.horizonMonths;
    const month0 = this.month0;
    const first = this.timeline[0];
    const last = this.done ? this.timeline[horizon] : undefined;
    const none: RangeFigures = { monthlyCostUsd: null, brokers: null };
    const sized = this.timeline.length;
    const { plans, leastRegret } = sized === 0 ? { plans: [], leastRegret: null } : this.plansSoFar();
    const options = table.options.map((option, o): OptionRanges => {
      const unavailableBy = new Int32Array(Math.max(1, sized));
      for (let i = 0; i < samples; i += 1) {
        const m = this.buffers.firstUnavailable[o * samples + i] ?? -1;
        if (m >= 0 && m < sized) unavailableBy[m] = (unavailableBy[m] ?? 0) + 1;
      }
      let cumulative = 0;
      let firstMonthP10: number | null = null;
      let firstMonthP50: number | null = null;
      for (let m = 0; m < sized; m += 1) {
        cumulative += unavailableBy[m] ?? 0;
        // Whole-number comparisons: "at least 10 %" is 10 × count ≥ N.
        if (firstMonthP10 === null && cumulative * 10 >= samples) firstMonthP10 = m;
        if (firstMonthP50 === null && cumulative * 2 >= samples) firstMonthP50 = m;
      }
      return {
        id: option.id,
        pAvailable: month0?.pAvailable[o] ?? 0,
        pCheapest: month0 ? (month0.pCheapest[o] ?? null) : null,
        now: first?.options[option.id] ?? none,
        atHorizon: last?.options[option.id] ?? null,
        limit: { firstMonthP10, firstMonthP50, pByHorizon: cumulative / samples },
        plan: plans[o] ?? null,
      };
    });
    return {
      samples,
      samplesWithChoice: month0?.samplesWithChoice ?? 0,
      seed: block.seed,
      confidence: block.confidence,
      horizonMonths: horizon,
      monthsSized: sized,
      options,
      leastRegret,
      timeline: this.timeline.slice(),
    };
  }
}

/** SPEC §12 in one call: every month to the horizon. */
export function sizeRanges(scenario: Scenario, block: Uncertainty, priceBook: PriceBook, samples?: number): RangesResult {
  return new RangesRun(scenario, block, priceBook, samples).finish();
}
