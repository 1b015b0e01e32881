/** A CSV document with a header row; values quoted when they need it. */
export function toCsv(header: readonly string[], rows: readonly (readonly (number | string)[])[]): string {
  const cell = (v: number | string) => {
    const s = typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toPrecision(8)) : v;
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

export const csvDataUri = (csv: string): string => `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
