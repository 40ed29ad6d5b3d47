import { useTranslation } from "react-i18next";
import type { ScriptCoverage } from "../../../server/scripts/coverage";

const TONE = { own: "bg-emerald-100 text-emerald-800 border-emerald-200", fallback: "bg-amber-50 text-amber-800 border-amber-200", missing: "bg-red-50 text-red-700 border-red-200" } as const;

/** Tier × emotion per locale: who answers each customer, by the runtime's own resolution. */
export function CoverageGrid({ coverage }: { coverage: ScriptCoverage }) {
  const { t } = useTranslation("scripts");
  return (
    <div className="space-y-3" data-testid="coverage-grid">
      <p className="text-xs text-slate-500">{t("coverage.hint")}</p>
      {coverage.locales.map((locale) => (
        <table key={locale.locale} className="w-full table-fixed border-separate border-spacing-0.5 text-[11px]">
          <thead>
            <tr>
              <th className="w-14 text-left font-semibold text-slate-600">{t(`locales.${locale.locale}`)}</th>
              {locale.rows[0]?.cells.map((cell) => <th key={cell.emotion} className="font-medium text-slate-500">{t(`emotions.${cell.emotion}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {locale.rows.map((row) => (
              <tr key={row.tier}>
                <th className="text-left font-medium text-slate-500">{t(`tiers.${row.tier}`)}</th>
                {row.cells.map((cell) => (
                  <td
                    key={cell.emotion}
                    className={`rounded border px-1 py-1 text-center ${TONE[cell.source]}`}
                    title={cell.path.join(" → ")}
                    data-testid={`cell-${locale.locale}-${row.tier}-${cell.emotion}`}
                    data-source={cell.source}
                  >
                    {cell.source === "own" ? t("coverage.own") : cell.source === "missing" ? t("coverage.missing") : (cell.answeredBy ? shortAddress(cell.answeredBy.address) : "")}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

function shortAddress(address: { tier: string; emotion: string; locale: string }): string {
  return `↳ ${address.tier}/${address.emotion}`;
}
