/** A printed table leaves out columns that say nothing (issue: no empty columns in the PDF). */
import { describe, expect, it } from 'vitest';
import { withoutEmptyColumns } from '../../../src/report/pdf/pdf-layout';

describe('a printed table', () => {
  it('leaves out a column whose every cell is empty or a dash, and keeps the first column always', () => {
    const t = withoutEmptyColumns(
      ['Option', 'Brokers', 'PST', 'Total', 'Note'],
      [
        ['a', '3', '-', '10.00', ''],
        ['b', '6', '—', '20.00', ' '],
      ],
      { numericFrom: 1, textColumns: [4] },
    );
    expect(t.head).toEqual(['Option', 'Brokers', 'Total']);
    expect(t.body).toEqual([
      ['a', '3', '10.00'],
      ['b', '6', '20.00'],
    ]);
    expect(t.options).toEqual({ numericFrom: 1, textColumns: [] });
  });

  it('keeps a column with one real value, zeros included, and moves the column options with the columns kept', () => {
    const t = withoutEmptyColumns(
      ['Option', 'Note', 'Cost'],
      [
        ['a', '', '0.00'],
        ['b', 'why', '1.00'],
      ],
      { numericFrom: 2, textColumns: [1] },
    );
    expect(t.head).toEqual(['Option', 'Note', 'Cost']);
    const dropped = withoutEmptyColumns(['Option', 'Empty', 'Cost', 'Text'], [['a', '', '0.00', 'x']], {
      numericFrom: 2,
      textColumns: [3],
    });
    expect(dropped.head).toEqual(['Option', 'Cost', 'Text']);
    expect(dropped.options).toEqual({ numericFrom: 1, textColumns: [2] });
  });

  it('keeps every column of a table with no rows', () => {
    expect(withoutEmptyColumns(['A', 'B'], [], {}).head).toEqual(['A', 'B']);
  });
});
