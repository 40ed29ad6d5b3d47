import { useTranslation } from "react-i18next";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

type Interval = [number | null, number | null];
type Row = { key: string; name: string; totals: { users: number; n: number; sum: number }; verdict: string | null; adjustedPValue: number | null };
type Variation = { name: string; users: number; mean: number; variance: number; expected?: number; ci?: Interval; chanceToWin?: number; pValue?: number | null; error?: string };
export type MetricResultView = { metric: { key: string; type: string; inverse: boolean; label: { "zh-CN": string; en: string } }; role: "goal" | "guardrail"; analysis: { variations: Variation[] }; rows: Row[] };

const COLORS = ["#64748b", "#2563eb", "#db2777", "#16a34a", "#ea580c", "#7c3aed"];
const VERDICT_TONE: Record<string, string> = { winning: "bg-emerald-100 text-emerald-800", losing: "bg-red-100 text-red-800", inconclusive: "bg-slate-100 text-slate-700", not_enough_data: "bg-amber-50 text-amber-800" };

const pct = (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? "—" : `${(x * 100).toFixed(digits)}%`);
const num = (x: number, type: string) => (type === "proportion" ? pct(x) : x.toFixed(2));

/** The lift interval as a bar on a symmetric axis around 0 (green when it favours the variation). */
function IntervalBar({ ci, expected, inverse }: { ci: Interval; expected: number; inverse: boolean }) {
  const lo = ci[0] ?? expected - 1;
  const hi = ci[1] ?? expected + 1;
  const span = Math.max(Math.abs(lo), Math.abs(hi), 0.05) * 1.1;
  const x = (v: number) => 50 + (Math.max(-span, Math.min(span, v)) / span) * 50;
  const good = (expected > 0) !== inverse;
  return (
    <svg viewBox="0 0 100 14" className="h-4 w-40" aria-hidden>
      <line x1="50" x2="50" y1="0" y2="14" stroke="#94a3b8" strokeDasharray="2 2" />
      <rect x={x(lo)} width={Math.max(1, x(hi) - x(lo))} y="4" height="6" rx="2" fill={good ? "#34d399" : "#f87171"} opacity="0.8" />
      <line x1={x(expected)} x2={x(expected)} y1="2" y2="12" stroke="#0f172a" strokeWidth="1.5" />
    </svg>
  );
}

export function MetricTable({ result, engine }: { result: MetricResultView; engine: "bayesian" | "frequentist" }) {
  const { t, i18n } = useTranslation("experiments");
  const { metric } = result;
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm" data-testid={`metric-${metric.key}`}>
      <div className="flex items-center gap-2 border-b border-slate-100 px-4 py-2">
        <span className={`rounded px-1.5 py-0.5 text-[11px] ${result.role === "goal" ? "bg-brand-50 text-brand-700" : "bg-slate-100 text-slate-600"}`}>{t(`detail.${result.role}`)}</span>
        <h3 className="text-sm font-semibold text-slate-800">{metric.label[i18n.language === "en" ? "en" : "zh-CN"]}</h3>
        {metric.inverse ? <span className="text-xs text-slate-500">({t("detail.inverse")})</span> : null}
      </div>
      <table className="w-full text-sm">
        <thead className="text-left text-xs text-slate-500"><tr>
          <th className="px-4 py-1.5"></th><th className="px-4 py-1.5 text-right">{t("detail.users")}</th><th className="px-4 py-1.5 text-right">{t("detail.rate")}</th>
          <th className="px-4 py-1.5 text-right">{t("detail.lift")}</th><th className="px-4 py-1.5">{t("detail.interval")}</th>
          <th className="px-4 py-1.5 text-right">{engine === "bayesian" ? t("detail.ctw") : t("detail.pValue")}</th><th className="px-4 py-1.5">{t("detail.verdict")}</th>
        </tr></thead>
        <tbody className="divide-y divide-slate-100">
          {result.rows.map((row, i) => {
            const v = result.analysis.variations[i];
            return (
              <tr key={row.key} data-testid={`row-${metric.key}-${row.key}`}>
                <td className="px-4 py-1.5 font-medium text-slate-700"><span className="mr-1.5 inline-block h-2 w-2 rounded-full" style={{ background: COLORS[i % COLORS.length] }} />{row.name}</td>
                <td className="px-4 py-1.5 text-right tabular-nums">{row.totals.users.toLocaleString(i18n.language)}</td>
                <td className="px-4 py-1.5 text-right tabular-nums">{num(v.mean, metric.type)}{metric.type === "proportion" ? <span className="ml-1 text-xs text-slate-400">({row.totals.sum})</span> : null}</td>
                {i === 0 ? <td colSpan={3} className="px-4 py-1.5 text-xs text-slate-400">—</td> : (<>
                  <td className="px-4 py-1.5 text-right tabular-nums">{v.error ? "—" : pct(v.expected)}</td>
                  <td className="px-4 py-1.5">{v.error || !v.ci ? null : <div className="flex items-center gap-2"><IntervalBar ci={v.ci} expected={v.expected ?? 0} inverse={metric.inverse} /><span className="text-xs tabular-nums text-slate-500">[{pct(v.ci[0])}, {pct(v.ci[1])}]</span></div>}</td>
                  <td className="px-4 py-1.5 text-right tabular-nums">{engine === "bayesian" ? pct(v.chanceToWin) : row.adjustedPValue === null ? "—" : row.adjustedPValue.toFixed(4)}</td>
                </>)}
                <td className="px-4 py-1.5">{row.verdict ? <span className={`rounded px-1.5 py-0.5 text-xs ${VERDICT_TONE[row.verdict]}`} data-testid="verdict">{t(`verdict.${row.verdict}`)}</span> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function TimelineChart({ timeline, variations, mode }: { timeline: { day: string; cumulative: Record<string, number | null>; daily: Record<string, number | null> }[]; variations: { key: string; name: string }[]; mode: "cumulative" | "daily" }) {
  const data = timeline.map((point) => ({ day: point.day.slice(5), ...point[mode] }));
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
        <XAxis dataKey="day" tick={{ fontSize: 11 }} />
        <YAxis tick={{ fontSize: 11 }} width={48} tickFormatter={(v: number) => v.toFixed(2)} />
        <Tooltip formatter={(v) => (typeof v === "number" ? v.toFixed(3) : String(v))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {variations.map((v, i) => <Line key={v.key} type="monotone" dataKey={v.key} name={v.name} stroke={COLORS[i % COLORS.length]} dot={false} strokeWidth={2} isAnimationActive={false} connectNulls />)}
      </LineChart>
    </ResponsiveContainer>
  );
}
