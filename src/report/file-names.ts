/** File names for exports: the scenario name and the date, safe on every file system. */

/** "Orders / EU (prod)!" → "orders-eu-prod"; empty → "scenario". */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'scenario';
}

/** "msk-sizing-orders-eu-prod-2026-11-22.pdf". */
export function reportFileName(scenarioName: string, isoDate: string, extension: string): string {
  return `msk-sizing-${fileSlug(scenarioName)}-${isoDate}.${extension}`;
}
