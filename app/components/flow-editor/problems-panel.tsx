import { useTranslation } from "react-i18next";
import { PROBLEM_DESCRIPTIONS, type FlowProblem } from "../../../flows";

/** Every problem of the draft; a click focuses its node. */
export function ProblemsPanel({ problems, onFocus }: { problems: FlowProblem[]; onFocus: (nodeId: string) => void }) {
  const { t, i18n } = useTranslation("flows");
  if (problems.length === 0) return <p className="text-xs text-emerald-700" data-testid="no-problems">✓ {t("problems.none")}</p>;
  return (
    <ul className="space-y-1" data-testid="problems">
      {problems.map((p, i) => (
        <li key={i}>
          <button type="button" className="w-full rounded px-1.5 py-1 text-left text-[11px] hover:bg-slate-100" onClick={() => p.nodeId && onFocus(p.nodeId)} title={PROBLEM_DESCRIPTIONS[p.code][i18n.language === "en" ? "en" : "zh-CN"]}>
            <span className={p.severity === "error" ? "text-red-600" : "text-amber-600"}>{p.severity === "error" ? "✖" : "⚠"}</span>{" "}
            <span className="font-mono text-slate-500">{p.nodeId ?? "—"}</span> <span className="text-slate-700">{p.message}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
