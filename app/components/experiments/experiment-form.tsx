import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Field, inputClass } from "~/components/ui/field";

type Metric = { key: string; type: string; inverse: boolean; label: { "zh-CN": string; en: string } };
type VariationDraft = { key: string; name: string; weight: number; text: string; scriptKey: string };
export type ExperimentDraft = {
  key: string; name: string; hypothesis: string; targetType: "script" | "flow"; targetScriptKey: string;
  variations: VariationDraft[]; coverage: number; condition: string; goalMetric: string; guardrails: string[]; conversionWindowHours: number;
  engine: "bayesian" | "frequentist"; sequential: boolean; correction: "holm" | "benjamini-hochberg" | "none";
};

export const NEW_EXPERIMENT: ExperimentDraft = {
  key: "", name: "", hypothesis: "", targetType: "script", targetScriptKey: "",
  variations: [{ key: "control", name: "Control", weight: 50, text: "", scriptKey: "" }, { key: "treatment", name: "Treatment", weight: 50, text: "", scriptKey: "" }],
  coverage: 100, condition: "{}", goalMetric: "resolved_by_bot", guardrails: ["escalated"], conversionWindowHours: 72, engine: "bayesian", sequential: false, correction: "holm",
};

/** The payload the server validates (zod, same schema as the API); the form only shapes it. */
export function toInput(d: ExperimentDraft): unknown {
  return {
    key: d.key, name: d.name, hypothesis: d.hypothesis, targetType: d.targetType, targetScriptKey: d.targetType === "script" ? d.targetScriptKey : null,
    variations: d.variations.map((v) => ({ key: v.key, name: v.name, weight: v.weight, ...(v.text.trim() ? { text: v.text } : {}), ...(v.scriptKey.trim() ? { scriptKey: v.scriptKey } : {}) })),
    coverage: d.coverage / 100, condition: JSON.parse(d.condition) as unknown, goalMetric: d.goalMetric, guardrails: d.guardrails, conversionWindowHours: d.conversionWindowHours,
    analysis: { engine: d.engine, sequential: d.sequential, correction: d.correction },
  };
}

/** Create or edit an experiment: target, variations with weights, traffic, targeting, metrics, statistics. */
export function ExperimentForm({ initial, metrics, scriptKeys, lockedKey, pending, error, onSubmit, onCancel }: {
  initial: ExperimentDraft; metrics: readonly Metric[]; scriptKeys: string[]; lockedKey: boolean; pending: boolean; error: string | null;
  onSubmit: (input: unknown) => void; onCancel: () => void;
}) {
  const { t, i18n } = useTranslation("experiments");
  const [d, setD] = useState(initial);
  const [jsonError, setJsonError] = useState(false);
  const set = <K extends keyof ExperimentDraft>(k: K, v: ExperimentDraft[K]) => setD((old) => ({ ...old, [k]: v }));
  const setVariation = (i: number, patch: Partial<VariationDraft>) => set("variations", d.variations.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  const label = (m: Metric) => `${m.label[i18n.language === "en" ? "en" : "zh-CN"]}${m.inverse ? " ↓" : ""}`;
  const submit = () => {
    try { JSON.parse(d.condition); } catch { setJsonError(true); return; }
    setJsonError(false);
    onSubmit(toInput(d));
  };
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="experiment-form">
      <div className="grid gap-4 md:grid-cols-3">
        <Field label={t("form.key")}><input className={inputClass} value={d.key} disabled={lockedKey} onChange={(e) => set("key", e.target.value)} placeholder="refund-wording" data-testid="exp-key" /></Field>
        <Field label={t("form.name")}><input className={inputClass} value={d.name} onChange={(e) => set("name", e.target.value)} data-testid="exp-name" /></Field>
        <Field label={t("form.targetType")}>
          <select className={inputClass} value={d.targetType} onChange={(e) => set("targetType", e.target.value as "script" | "flow")}>
            <option value="script">{t("form.targetScript")}</option><option value="flow">{t("form.targetFlow")}</option>
          </select>
        </Field>
      </div>
      <Field label={t("form.hypothesis")}><textarea className={inputClass} rows={2} value={d.hypothesis} onChange={(e) => set("hypothesis", e.target.value)} /></Field>
      {d.targetType === "script" ? (
        <Field label={t("form.targetScript")}><input className={inputClass} list="exp-script-keys" value={d.targetScriptKey} onChange={(e) => set("targetScriptKey", e.target.value)} data-testid="exp-script" /></Field>
      ) : null}
      <datalist id="exp-script-keys">{scriptKeys.map((k) => <option key={k} value={k} />)}</datalist>
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("form.variations")}</legend>
        {d.variations.map((v, i) => (
          <div key={i} className="grid grid-cols-12 items-start gap-2" data-testid={`exp-variation-${i}`}>
            <input className={`${inputClass} col-span-2`} value={v.key} onChange={(e) => setVariation(i, { key: e.target.value })} aria-label={t("form.variationKey")} />
            <input className={`${inputClass} col-span-2`} value={v.name} onChange={(e) => setVariation(i, { name: e.target.value })} aria-label={t("form.variationName")} />
            <input className={`${inputClass} col-span-1`} type="number" min={1} value={v.weight} onChange={(e) => setVariation(i, { weight: Number(e.target.value) })} aria-label={t("form.weight")} />
            {i === 0 && d.targetType === "script" ? <p className="col-span-7 py-2 text-xs text-slate-500">{t("form.control")}: {d.targetScriptKey || "—"}</p> : (<>
              <textarea className={`${inputClass} col-span-5`} rows={1} value={v.text} placeholder={t("form.text")} onChange={(e) => setVariation(i, { text: e.target.value })} data-testid={`exp-text-${i}`} />
              <input className={`${inputClass} col-span-2`} list="exp-script-keys" value={v.scriptKey} placeholder={t("form.scriptKey")} onChange={(e) => setVariation(i, { scriptKey: e.target.value })} />
            </>)}
          </div>
        ))}
        {d.variations.length < 6 ? <Button size="sm" variant="ghost" onClick={() => set("variations", [...d.variations, { key: `v${d.variations.length}`, name: `Variation ${d.variations.length}`, weight: 50, text: "", scriptKey: "" }])}>{t("form.addVariation")}</Button> : null}
      </fieldset>
      <div className="grid gap-4 md:grid-cols-3">
        <Field label={t("form.coverage")}><input className={inputClass} type="number" min={1} max={100} value={d.coverage} onChange={(e) => set("coverage", Number(e.target.value))} /></Field>
        <Field label={t("form.window")}><input className={inputClass} type="number" min={1} value={d.conversionWindowHours} onChange={(e) => set("conversionWindowHours", Number(e.target.value))} /></Field>
        <Field label={t("form.condition")}><input className={`${inputClass} font-mono`} value={d.condition} onChange={(e) => set("condition", e.target.value)} placeholder='{"tier":"vip"}' data-testid="exp-condition" /></Field>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <Field label={t("form.goal")}>
          <select className={inputClass} value={d.goalMetric} onChange={(e) => setD((old) => ({ ...old, goalMetric: e.target.value, guardrails: old.guardrails.filter((g) => g !== e.target.value) }))} data-testid="exp-goal">{metrics.map((m) => <option key={m.key} value={m.key}>{label(m)}</option>)}</select>
        </Field>
        <Field label={t("form.guardrails")}>
          <div className="flex flex-wrap gap-x-3 gap-y-1 pt-1 text-xs">
            {metrics.filter((m) => m.key !== d.goalMetric).map((m) => (
              <label key={m.key} className="flex items-center gap-1"><input type="checkbox" checked={d.guardrails.includes(m.key)} onChange={(e) => set("guardrails", e.target.checked ? [...d.guardrails, m.key] : d.guardrails.filter((g) => g !== m.key))} />{label(m)}</label>
            ))}
          </div>
        </Field>
        <Field label={t("form.engine")}>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <select className={`${inputClass} w-auto`} value={d.engine} onChange={(e) => set("engine", e.target.value as "bayesian" | "frequentist")} data-testid="exp-engine"><option value="bayesian">{t("form.bayesian")}</option><option value="frequentist">{t("form.frequentist")}</option></select>
            {d.engine === "frequentist" ? <label className="flex items-center gap-1 text-xs"><input type="checkbox" checked={d.sequential} onChange={(e) => set("sequential", e.target.checked)} />{t("form.sequential")}</label> : null}
            <select className={`${inputClass} w-auto`} value={d.correction} onChange={(e) => set("correction", e.target.value as ExperimentDraft["correction"])} aria-label={t("form.correction")}><option value="holm">Holm</option><option value="benjamini-hochberg">Benjamini–Hochberg</option><option value="none">—</option></select>
          </div>
        </Field>
      </div>
      {jsonError ? <p className="text-sm text-red-600">{t("form.badJson")}</p> : null}
      {error ? <p className="text-sm text-red-600" data-testid="exp-error">{error}</p> : null}
      <div className="flex gap-2">
        <Button variant="primary" disabled={pending} onClick={submit} data-testid="exp-submit">{lockedKey ? t("form.save") : t("form.create")}</Button>
        <Button variant="ghost" onClick={onCancel}>{t("form.cancel")}</Button>
      </div>
    </div>
  );
}
