/** Orders SDG target ids as the UN lists them: 10.2 < 10.10 < 10.a. */
export function compareTargetIds(a: string, b: string): number {
  const [ga, ta] = a.split('.');
  const [gb, tb] = b.split('.');
  const rank = (t: string) => (/^\d+$/.test(t) ? Number(t) : 1000 + t.charCodeAt(0));
  return Number(ga) - Number(gb) || rank(ta!) - rank(tb!);
}
