import { useTranslation } from "react-i18next";
import type { ScriptVariant } from "../../../server/scripts/model";
import { Button } from "~/components/ui/button";
import { inputClass } from "~/components/ui/field";

const TIERS = ["any", "vip", "normal"] as const;
const EMOTIONS = ["any", "angry", "anxious", "sad", "happy", "neutral"] as const;
const LOCALES = ["zh-CN", "en", "any"] as const;

type Props = {
  variant: ScriptVariant;
  index: number;
  readOnly: boolean;
  problems: string[];
  onChange: (next: ScriptVariant) => void;
  onRemove: () => void;
};

/** One variant: its address (tier × emotion × locale), text, quick replies and optional link/button. */
export function VariantCard({ variant, index, readOnly, problems, onChange, onRemove }: Props) {
  const { t } = useTranslation("scripts");
  const select = (label: string, value: string, options: readonly string[], group: "tiers" | "emotions" | "locales", set: (v: string) => void) => (
    <label className="block text-xs">
      <span className="mb-0.5 block font-medium text-slate-500">{label}</span>
      <select className={`${inputClass} py-1 text-xs`} value={value} disabled={readOnly} onChange={(e) => set(e.target.value)} data-testid={`variant-${index}-${group}`}>
        {options.map((option) => (
          <option key={option} value={option}>{t(`${group}.${option}`)}</option>
        ))}
      </select>
    </label>
  );
  return (
    <div className={`rounded-lg border bg-white p-3 shadow-sm ${problems.length > 0 ? "border-amber-300" : "border-slate-200"}`} data-testid={`variant-${index}`}>
      <div className="grid grid-cols-[1fr_1fr_1fr_auto] items-end gap-2">
        {select(t("editor.tier"), variant.tier, TIERS, "tiers", (v) => onChange({ ...variant, tier: v as ScriptVariant["tier"] }))}
        {select(t("editor.emotion"), variant.emotion, EMOTIONS, "emotions", (v) => onChange({ ...variant, emotion: v as ScriptVariant["emotion"] }))}
        {select(t("editor.locale"), variant.locale, LOCALES, "locales", (v) => onChange({ ...variant, locale: v as ScriptVariant["locale"] }))}
        {readOnly ? <span /> : <Button size="sm" variant="ghost" onClick={onRemove} aria-label={t("editor.remove")} title={t("editor.remove")}>✕</Button>}
      </div>
      <textarea
        className={`${inputClass} mt-2 min-h-20 font-[450] leading-relaxed`}
        value={variant.text}
        readOnly={readOnly}
        placeholder={t("editor.text")}
        onChange={(e) => onChange({ ...variant, text: e.target.value })}
        data-testid={`variant-${index}-text`}
      />
      <div className="mt-2 grid grid-cols-2 gap-2">
        <label className="block text-xs">
          <span className="mb-0.5 block font-medium text-slate-500">{t("editor.quickReplies")}</span>
          <textarea
            className={`${inputClass} min-h-12 text-xs`}
            value={(variant.quickReplies ?? []).join("\n")}
            readOnly={readOnly}
            onChange={(e) => {
              const items = e.target.value.split("\n").map((s) => s.trim()).filter(Boolean);
              onChange({ ...variant, quickReplies: items.length > 0 ? items : undefined });
            }}
          />
        </label>
        <div className="space-y-1 text-xs">
          <span className="block font-medium text-slate-500">{t("editor.rich")}</span>
          <div className="flex gap-1">
            <select className={`${inputClass} w-24 py-1 text-xs`} value={variant.rich?.kind ?? ""} disabled={readOnly} onChange={(e) => onChange({ ...variant, rich: e.target.value ? { kind: e.target.value as "link" | "button", label: variant.rich?.label ?? "", url: variant.rich?.url ?? "https://" } : undefined })}>
              <option value="">{t("editor.richNone")}</option>
              <option value="link">link</option>
              <option value="button">button</option>
            </select>
            {variant.rich ? <input className={`${inputClass} py-1 text-xs`} value={variant.rich.label} placeholder={t("editor.richLabel")} readOnly={readOnly} onChange={(e) => onChange({ ...variant, rich: { ...variant.rich!, label: e.target.value } })} /> : null}
          </div>
          {variant.rich ? <input className={`${inputClass} py-1 text-xs`} value={variant.rich.url} placeholder={t("editor.richUrl")} readOnly={readOnly} onChange={(e) => onChange({ ...variant, rich: { ...variant.rich!, url: e.target.value } })} /> : null}
        </div>
      </div>
      {problems.length > 0 ? (
        <ul className="mt-2 space-y-0.5 text-xs text-amber-700">
          {problems.map((p) => <li key={p}>⚠ {p}</li>)}
        </ul>
      ) : null}
    </div>
  );
}
