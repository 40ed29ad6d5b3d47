import { chiSquare } from "./distributions";

export const SRM_WARNING_P = 0.001;

/** Sample-ratio mismatch: chi-square of the observed users against the configured weights. */
export function srmPValue(users: number[], weights: number[]): number {
  const total = users.reduce((sum, u) => sum + u, 0);
  if (!total) return 1;
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  let x = 0;
  users.forEach((observed, i) => {
    if (weights[i] <= 0) return;
    const expected = (weights[i] / totalWeight) * total;
    x += (observed - expected) ** 2 / expected;
  });
  return chiSquare.sf(x, users.length - 1);
}
