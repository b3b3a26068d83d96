/** Browser figures for `npm run bench` (filled in with the calculator UI). */
export async function runBrowserBench(): Promise<void> {
  console.log('Browser: no browser figures yet.');
}
