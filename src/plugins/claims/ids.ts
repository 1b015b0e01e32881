/** Reads `{["a", "b"]}`, `{"a"}` or `"a"` into a list of strings; undefined when it is none of these. */
export function parseIdList(value: string | true | undefined): string[] | undefined {
  if (value === undefined) return [];
  if (value === true) return undefined;
  const v = value.trim();
  if (!v.startsWith('{')) return v ? [v] : [];
  const inner = v.slice(1, -1).trim();
  const literal = /^(?:"([^"\\]*)"|'([^'\\]*)')$/;
  const one = literal.exec(inner);
  if (one) return [one[1] ?? one[2]];
  if (!inner.startsWith('[') || !inner.endsWith(']')) return undefined;
  const body = inner.slice(1, -1).trim();
  if (!body) return [];
  const items = body.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const out: string[] = [];
  for (const item of items) {
    const m = literal.exec(item);
    if (!m) return undefined;
    out.push(m[1] ?? m[2]);
  }
  return out;
}
