/** A map from a log-10 domain onto a pixel range. */
export interface Scale {
  (v: number): number;
  readonly domain: readonly [number, number];
  readonly log: boolean;
}

export function logScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain.map(Math.log10) as [number, number];
  const f = (v: number) => range[0] + ((Math.log10(v) - d0) / (d1 - d0)) * (range[1] - range[0]);
  return Object.assign(f, { domain, log: true });
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const f = (v: number) => range[0] + ((v - domain[0]) / (domain[1] - domain[0])) * (range[1] - range[0]);
  return Object.assign(f, { domain, log: false });
}

/** Tick values: every power of ten (or every `step`-th one) inside a log domain; even steps on a linear one. */
export function ticks(scale: Scale, maxTicks = 8): number[] {
  const [a, b] = scale.domain;
  if (scale.log) {
    const lo = Math.ceil(Math.log10(a) - 1e-9);
    const hi = Math.floor(Math.log10(b) + 1e-9);
    const step = Math.max(1, Math.ceil((hi - lo + 1) / maxTicks));
    const out: number[] = [];
    for (let e = lo; e <= hi; e += step) out.push(Math.pow(10, e));
    return out;
  }
  const raw = (b - a) / maxTicks;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => (b - a) / s <= maxTicks) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(a / step) * step; v <= b + 1e-12; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/** Evenly spaced points on a log axis, endpoints included. */
export function logSpace(a: number, b: number, n: number): number[] {
  const la = Math.log10(a);
  const lb = Math.log10(b);
  return Array.from({ length: n }, (_, i) => Math.pow(10, la + ((lb - la) * i) / (n - 1)));
}

/** 1e12 → "10¹²"; other values with up to 3 significant digits. */
export function formatTick(v: number, log: boolean): string {
  if (log) {
    const e = Math.round(Math.log10(v));
    const sup = String(e).replace(/[-0-9]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]);
    return `10${sup}`;
  }
  return Number(v.toPrecision(3)).toString();
}
