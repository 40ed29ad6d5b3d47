/**
 * Multiple-comparison adjustments of p-values across metrics (null p-values stay null):
 * Holm–Bonferroni controls the family-wise error, Benjamini–Hochberg the false discovery rate.
 */
export type Correction = "holm" | "benjamini-hochberg" | "none";

export function adjustPValues(pValues: (number | null)[], method: Correction): (number | null)[] {
  if (method === "none") return [...pValues];
  const indexed = pValues.flatMap((p, index) => (p === null ? [] : [{ p, index }]));
  const m = indexed.length;
  const adjusted: (number | null)[] = pValues.map(() => null);
  if (method === "holm") {
    indexed.sort((a, b) => a.p - b.p);
    let running = 0;
    indexed.forEach(({ p, index }, rank) => {
      running = Math.max(running, Math.min(1, (m - rank) * p));
      adjusted[index] = running;
    });
  } else {
    indexed.sort((a, b) => b.p - a.p);
    let running = 1;
    indexed.forEach(({ p, index }, i) => {
      const rank = m - i;
      running = Math.min(running, (p * m) / rank);
      adjusted[index] = Math.min(1, running);
    });
  }
  return adjusted;
}
