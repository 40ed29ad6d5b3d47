import { useTranslation } from "react-i18next";
import { formatPercent } from "~/utils/format";
import { ConfidenceBar } from "./confidence-bar";
import { ENTITY_COLORS, EntityHighlight } from "./entity-highlight";
import { intentLabel, type IntentLabels, type TryItResult } from "./types";

const EMOTION_TONE = { angry: "red", anxious: "amber", sad: "slate", happy: "emerald", neutral: "slate" } as const;

export function UnderstandingView({ text, result, labels }: { text: string; result: TryItResult; labels: IntentLabels }) {
  const { t, i18n } = useTranslation("nlu");
  const { understanding, modelVersion } = result;
  const lang = i18n.language;
  const fellBack = understanding.intent.name === "other" && understanding.ranking[0]?.name !== "other";
  return (
    <div className="space-y-4 text-sm" data-testid="try-it-result" data-text={text}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-xs uppercase tracking-wide text-slate-500">{t("try.intent")}</span>
        <span className="rounded-md bg-brand-50 px-2 py-0.5 font-medium text-brand-700" data-testid="try-it-intent" data-intent={understanding.intent.name}>
          {intentLabel(labels, understanding.intent.name, lang)} <code className="text-xs text-brand-500">{understanding.intent.name}</code>
        </span>
        <span className="font-mono text-xs text-slate-600">{formatPercent(understanding.intent.confidence, lang)}</span>
        <span className="ml-auto flex gap-2 text-xs text-slate-500">
          <span>{t("try.detectedLocale")}: {t(`locales.${understanding.locale}`)}</span>
          <span data-testid="try-it-version">{t("try.modelVersion", { version: modelVersion })}</span>
        </span>
      </div>
      {fellBack ? <p className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-800">{t("try.fallback")}</p> : null}

      <section>
        <h3 className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("try.ranking")}</h3>
        <ul className="space-y-1.5" data-testid="try-it-ranking">
          {understanding.ranking.map((row, index) => (
            <li key={row.name} className="grid grid-cols-[minmax(0,11rem)_1fr] items-center gap-3">
              <span className={`truncate ${index === 0 ? "font-medium text-slate-900" : "text-slate-600"}`} title={row.name}>
                {intentLabel(labels, row.name, lang)}
              </span>
              <ConfidenceBar value={row.confidence} locale={lang} tone={index === 0 ? "brand" : "slate"} />
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h3 className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("try.entities")}</h3>
        <div className="rounded-md border border-slate-100 bg-slate-50 px-3 py-2">
          <EntityHighlight text={text} entities={understanding.entities} />
        </div>
        {understanding.entities.length === 0 ? (
          <p className="mt-1 text-xs text-slate-500">{t("try.noEntities")}</p>
        ) : (
          <table className="mt-2 w-full text-left text-xs" data-testid="try-it-entities">
            <tbody className="divide-y divide-slate-100">
              {understanding.entities.map((entity, index) => (
                <tr key={index}>
                  <td className="py-1 pr-2">
                    <span className={`rounded px-1.5 py-0.5 ring-1 ${ENTITY_COLORS[entity.type] ?? ""}`}>{t(`entityTypes.${entity.type}`)}</span>
                  </td>
                  <td className="py-1 pr-2 font-mono text-slate-800">{entity.value}</td>
                  <td className="py-1 pr-2 font-mono text-slate-500">{entity.normalized && entity.normalized !== entity.value ? `→ ${entity.normalized}` : ""}</td>
                  <td className="py-1 text-right font-mono text-slate-400">{t("try.offsets", { start: entity.start, end: entity.end })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section>
        <h3 className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("try.emotion")}</h3>
        <div className="grid grid-cols-[minmax(0,11rem)_1fr] items-center gap-3" data-testid="try-it-emotion" data-emotion={understanding.emotion.label}>
          <span className="font-medium text-slate-800">{t(`emotions.${understanding.emotion.label}`)}</span>
          <ConfidenceBar value={understanding.emotion.score} locale={lang} tone={EMOTION_TONE[understanding.emotion.label]} />
        </div>
      </section>
    </div>
  );
}
