/** Page object for the calculator: fields by their labels, results by role. */
import { expect, type Locator, type Page } from '@playwright/test';

export class CalculatorPage {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.recommendation.waitFor();
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: false }).first();
  }

  async fill(label: string | RegExp, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  async openGroup(title: 'Advanced' | 'Self-managed Kafka on EC2' | 'Cluster' | 'Workload'): Promise<void> {
    const group = this.page.locator('details.field-group', { has: this.page.getByRole('heading', { name: title, exact: true }) });
    if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
  }

  /**
   * Waits until the results have caught up with the form: they render at low priority after each
   * keystroke, so a test that reads them right after typing waits as a reader's eye does.
   */
  async settled(): Promise<void> {
    let previous = '';
    await expect
      .poll(
        async () => {
          const now = await this.page.locator('main').innerText();
          const same = now === previous;
          previous = now;
          return same;
        },
        { intervals: [150], timeout: 7000 },
      )
      .toBe(true);
  }

  get recommendation(): Locator {
    return this.page.getByTestId('overall');
  }

  optionRow(id: string): Locator {
    return this.page.locator(`tr[data-option-id="${id}"]`);
  }

  optionsTable(): Locator {
    return this.page.locator('table.options-table');
  }

  async tab(name: 'Calculator' | 'Compare' | 'Assumptions'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();
  }
}
