import type { MetricDefinition } from "./model";

/** The part of an `events` row the metrics read. */
export type UnitEvent = { at: string; type: string; name: string | null; value: number | null; intent: string | null };

/** A customer's value per metric key; null when a mean metric has no data for the customer. */
export type UnitValues = Record<string, number | null>;

/**
 * A customer's metric values from their events in [exposedAt, exposedAt + window], in time order.
 * Pure, so the runtime, the backfill and the tests agree.
 */
export function unitValues(metrics: readonly MetricDefinition[], events: readonly UnitEvent[], exposedAt: string, windowHours: number): UnitValues {
  const end = new Date(new Date(exposedAt).getTime() + windowHours * 3_600_000).toISOString();
  const inWindow = events.filter((e) => e.at >= exposedAt && e.at <= end).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const escalated = inWindow.some((e) => e.type === "handoff");
  const resolvedAt = inWindow.find((e) => e.type === "conversation_closed" && e.name === "resolved")?.at ?? null;
  const csats = inWindow.filter((e) => e.type === "csat" && e.value !== null).map((e) => e.value as number);
  const values: UnitValues = {};
  for (const metric of metrics) {
    switch (metric.key) {
      case "resolved_by_bot":
        values[metric.key] = resolvedAt !== null && !escalated ? 1 : 0;
        break;
      case "escalated":
        values[metric.key] = escalated ? 1 : 0;
        break;
      case "complaint":
        values[metric.key] = inWindow.some((e) => (e.type === "understanding" && e.intent === "complaint") || (e.type === "ticket_created" && e.name === "complaint")) ? 1 : 0;
        break;
      case "csat_good":
        values[metric.key] = csats.some((score) => score >= 4) ? 1 : 0;
        break;
      case "csat":
        values[metric.key] = csats.length > 0 ? csats.reduce((s, v) => s + v, 0) / csats.length : null;
        break;
      case "turns_to_resolution":
        values[metric.key] = resolvedAt === null ? null : inWindow.filter((e) => e.type === "message_in" && e.at <= resolvedAt).length;
        break;
      case "order_value":
        values[metric.key] = inWindow.filter((e) => e.type === "conversion").reduce((s, e) => s + (e.value ?? 0), 0);
        break;
      default: {
        const name = metric.key.slice("conversion:".length);
        values[metric.key] = inWindow.some((e) => e.type === "conversion" && e.name === name) ? 1 : 0;
      }
    }
  }
  return values;
}

/** What a change of one unit's value does to the totals of its metric. */
export function totalsDelta(before: number | null | undefined, after: number | null): { n: number; sum: number; sumSquares: number } {
  const b = before ?? null;
  return {
    n: (after === null ? 0 : 1) - (b === null ? 0 : 1),
    sum: (after ?? 0) - (b ?? 0),
    sumSquares: (after ?? 0) ** 2 - (b ?? 0) ** 2,
  };
}
