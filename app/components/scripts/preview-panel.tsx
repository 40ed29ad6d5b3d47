import { useTranslation } from "react-i18next";
import { inputClass } from "~/components/ui/field";

export type Sample = { tier: "vip" | "normal"; emotion: "angry" | "anxious" | "sad" | "happy" | "neutral"; locale: "zh-CN" | "en"; name: string; varsJson: string };
export type PreviewResult =
  | { ok: true; text: string; missing: string[]; matched: string; path: string[]; quickReplies: string[] }
  | { ok: false; reason: string; path: string[] };

/** A sample customer and what they would read, with the fallback path that led there. */
export function PreviewPanel({ sample, onSample, preview, varsError, precedence }: { sample: Sample; onSample: (s: Sample) => void; preview: PreviewResult | null; varsError: boolean; precedence: string }) {
  const { t } = useTranslation("scripts");
  const pick = (key: "tier" | "emotion" | "locale", options: readonly string[], group: string) => (
    <select className={`${inputClass} py-1 text-xs`} value={sample[key]} onChange={(e) => onSample({ ...sample, [key]: e.target.value })} aria-label={t(`preview.${key}`)} data-testid={`preview-${key}`}>
      {options.map((o) => <option key={o} value={o}>{t(`${group}.${o}`)}</option>)}
    </select>
  );
  return (
    <div className="space-y-2" data-testid="preview-panel">
      <div className="grid grid-cols-3 gap-1.5">
        {pick("tier", ["vip", "normal"], "tiers")}
        {pick("emotion", ["neutral", "angry", "anxious", "sad", "happy"], "emotions")}
        {pick("locale", ["zh-CN", "en"], "locales")}
      </div>
      <input className={`${inputClass} py-1 text-xs`} value={sample.name} placeholder={t("preview.name")} onChange={(e) => onSample({ ...sample, name: e.target.value })} />
      <textarea className={`${inputClass} min-h-14 font-mono text-[11px]`} value={sample.varsJson} onChange={(e) => onSample({ ...sample, varsJson: e.target.value })} aria-label={t("preview.vars")} />
      {varsError ? <p className="text-xs text-red-600">{t("preview.badVars")}</p> : null}
      <div className="rounded-md border border-slate-200 bg-slate-50 p-2.5">
        <p className="text-[11px] font-medium uppercase tracking-wide text-slate-400">{t("preview.result")}</p>
        {preview?.ok ? (
          <>
            <p className="mt-1 whitespace-pre-wrap rounded-lg bg-white px-3 py-2 text-sm text-slate-800 shadow-sm" data-testid="preview-text">{preview.text}</p>
            {preview.quickReplies.length > 0 ? (
              <div className="mt-1.5 flex flex-wrap gap-1">{preview.quickReplies.map((q) => <span key={q} className="rounded-full border border-brand-200 bg-white px-2 py-0.5 text-xs text-brand-700">{q}</span>)}</div>
            ) : null}
            {preview.missing.length > 0 ? <p className="mt-1 text-xs text-amber-700">{t("preview.missingVars", { vars: preview.missing.join(", ") })}</p> : null}
          </>
        ) : preview ? (
          <p className="mt-1 text-sm text-red-700">{t("preview.none")}</p>
        ) : null}
        {preview ? (
          <p className="mt-1.5 text-[11px] text-slate-500" data-testid="preview-path">
            {t("preview.path")}: {preview.path.map((p, i) => <span key={p} className={i === preview.path.length - 1 && preview.ok ? "font-semibold text-slate-700" : "line-through decoration-slate-300"}>{i > 0 ? " → " : ""}{p}</span>)}
          </p>
        ) : null}
      </div>
      <details className="text-xs text-slate-500">
        <summary className="cursor-pointer">{t("precedence")}</summary>
        <p className="mt-1">{precedence}</p>
      </details>
    </div>
  );
}
