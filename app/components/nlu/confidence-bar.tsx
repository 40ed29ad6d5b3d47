import { formatPercent } from "~/utils/format";

/** A labelled horizontal bar for a value in [0,1]. */
export function ConfidenceBar({
  value,
  locale,
  tone = "brand",
  testId,
}: {
  value: number;
  locale: string;
  tone?: "brand" | "slate" | "amber" | "red" | "emerald";
  testId?: string;
}) {
  const colors = { brand: "bg-brand-500", slate: "bg-slate-400", amber: "bg-amber-500", red: "bg-red-500", emerald: "bg-emerald-500" };
  const width = `${Math.max(0, Math.min(1, value)) * 100}%`;
  return (
    <div className="flex items-center gap-2" data-testid={testId}>
      <div className="h-2 flex-1 overflow-hidden rounded-full bg-slate-100">
        <div className={`h-full rounded-full ${colors[tone]}`} style={{ width }} />
      </div>
      <span className="w-14 text-right font-mono text-xs tabular-nums text-slate-600">{formatPercent(value, locale)}</span>
    </div>
  );
}
