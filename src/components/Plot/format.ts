/** 5.9e23 → "5.9×10²³": readable scientific notation for captions and readouts. */
export function fmtSci(v: number, digits = 2): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const e = Math.floor(Math.log10(Math.abs(v)));
  if (e >= -2 && e <= 3) return Number(v.toPrecision(digits + 1)).toString();
  const m = v / Math.pow(10, e);
  const sup = String(e).replace(/[-0-9]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]);
  return `${Number(m.toPrecision(digits)).toString()}×10${sup}`;
}
