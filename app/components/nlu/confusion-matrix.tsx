import { useTranslation } from "react-i18next";
import { intentLabel, type IntentLabels, type Metrics } from "./types";

const CELL = 34;
const LEFT = 132;
const TOP = 120;

/** Row-normalised heat map: blue on the diagonal (correct), red off it (confusions). Precomputed counts only. */
export function ConfusionMatrix({ confusion, labels }: { confusion: Metrics["confusion"]; labels: IntentLabels }) {
  const { t, i18n } = useTranslation("nlu");
  const names = confusion.labels;
  const size = names.length * CELL;
  const display = (name: string) => intentLabel(labels, name, i18n.language);
  return (
    <div className="overflow-x-auto">
      <svg
        role="img"
        aria-label={t("evaluation.confusion")}
        width={LEFT + size + 72}
        height={TOP + size + 8}
        className="font-sans"
        data-testid="confusion-matrix"
      >
        <text x={LEFT + size / 2} y={12} textAnchor="middle" className="fill-slate-500 text-[11px] font-medium">
          {t("evaluation.predicted")} →
        </text>
        {names.map((name, col) => (
          <text
            key={`col-${name}`}
            transform={`translate(${LEFT + col * CELL + CELL / 2 + 4}, ${TOP - 6}) rotate(-55)`}
            className="fill-slate-600 text-[11px]"
          >
            {display(name)}
          </text>
        ))}
        {confusion.matrix.map((row, r) => {
          const total = row.reduce((sum, value) => sum + value, 0) || 1;
          return (
            <g key={`row-${names[r]}`}>
              <text x={LEFT - 8} y={TOP + r * CELL + CELL / 2 + 4} textAnchor="end" className="fill-slate-600 text-[11px]">
                {display(names[r])}
              </text>
              {row.map((count, c) => {
                const share = count / total;
                const diagonal = r === c;
                const fill = count === 0 ? "#f8fafc" : diagonal ? `rgba(37, 99, 235, ${0.15 + 0.85 * share})` : `rgba(220, 38, 38, ${0.15 + 0.85 * Math.min(1, share * 3)})`;
                return (
                  <g key={`cell-${r}-${c}`}>
                    <rect x={LEFT + c * CELL} y={TOP + r * CELL} width={CELL - 2} height={CELL - 2} rx={3} fill={fill}>
                      <title>{t("evaluation.cellTitle", { actual: display(names[r]), predicted: display(names[c]), count })}</title>
                    </rect>
                    {count > 0 ? (
                      <text
                        x={LEFT + c * CELL + (CELL - 2) / 2}
                        y={TOP + r * CELL + (CELL - 2) / 2 + 4}
                        textAnchor="middle"
                        className={`pointer-events-none text-[10px] ${diagonal && share > 0.5 ? "fill-white" : "fill-slate-800"}`}
                      >
                        {count}
                      </text>
                    ) : null}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
