/**
 * The sizing kernel: every option's broker count, provisioned storage throughput, availability,
 * warnings and monthly cost lines, and the recommendation (SPEC §3–8), as numbers in typed arrays.
 * It builds no strings and no objects per option: reasons and warnings are codes, turned into
 * messages only when a result is shown (describe-sizing.ts). `sizeScenario` and the ranges both run
 * it; it is the one place the arithmetic lives.
 */
import { OptionKind, type SizingTable } from './sizing-table';
import { ROW_BLOCK, type KernelRows, type SizingFigures } from './kernel/kernel-buffers';
import { recommendRows } from './kernel/recommend-rows';
import { sizeExpress } from './kernel/size-express';
import { sizeServerless } from './kernel/size-serverless';
import { sizeStandardType } from './kernel/size-standard';

/**
 * Sizes every option of `table` for every row of `rows` into `f` (SPEC §3–8): option by option over
 * the rows, so each option's constants are read once, then (unless `recommend` is false) the
 * recommendation of each row.
 */
export function sizeRows(table: SizingTable, rows: KernelRows, f: SizingFigures, recommend = true): void {
  const selfIndexOf = new Map<number, number>();
  table.options.forEach((o, i) => {
    if (o.kind === OptionKind.selfManaged) selfIndexOf.set(o.typeIndex, i);
  });
  // Rows go through in blocks: each option's constants stay in registers for a block, the block's
  // columns stay in cache, and the per-option functions run often and briefly, which the JIT
  // optimises with full type feedback (one long call per option was sometimes left half as fast).
  for (let from = 0; from < rows.rows; from += ROW_BLOCK) {
    const to = Math.min(rows.rows, from + ROW_BLOCK);
    table.options.forEach((o, i) => {
      if (o.kind === OptionKind.standard) sizeStandardType(table, i, selfIndexOf.get(o.typeIndex) ?? -1, rows, f, from, to);
      else if (o.kind === OptionKind.express) sizeExpress(table, i, rows, f, from, to);
      else if (o.kind === OptionKind.serverless) sizeServerless(table, i, rows, f, from, to);
    });
  }
  // The ranges read the recommendation at month 0 only.
  if (recommend) recommendRows(f, table, rows);
}
