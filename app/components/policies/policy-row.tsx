import { useTranslation } from "react-i18next";
import type { EmotionPolicy } from "../../../server/runtime/runtime-settings";
import { Button } from "~/components/ui/button";
import { inputClass } from "~/components/ui/field";

const small = `${inputClass.replace("block w-full", "inline-block")} py-1 text-xs`;

type Props = {
  policy: EmotionPolicy;
  index: number;
  count: number;
  readOnly: boolean;
  skillGroups: { id: string; name_zh: string; name_en: string }[];
  onChange: (next: EmotionPolicy) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

/** One emotion policy: when it matches (emotion, score, streak) and what it does (soothe, hand over). */
export function PolicyRow({ policy, index, count, readOnly, skillGroups, onChange, onMove, onRemove }: Props) {
  const { t, i18n } = useTranslation("runtime");
  return (
    <div className={`grid items-center gap-3 rounded-lg border bg-white p-3 shadow-sm lg:grid-cols-[auto_1fr_1.4fr_auto] ${policy.enabled ? "border-slate-200" : "border-dashed border-slate-300 opacity-70"}`} data-testid={`policy-${policy.id}`}>
      <div className="flex items-center gap-2">
        <span className="flex h-6 w-6 items-center justify-center rounded-full bg-slate-100 text-xs font-semibold text-slate-600">{index + 1}</span>
        <label className="flex items-center gap-1 text-xs text-slate-600"><input type="checkbox" checked={policy.enabled} disabled={readOnly} onChange={(e) => onChange({ ...policy, enabled: e.target.checked })} />{t("policies.enabled")}</label>
      </div>
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
        <span className="font-mono text-slate-500">{policy.id}</span>
        <select className={`${small} w-24`} value={policy.emotion} disabled={readOnly} onChange={(e) => onChange({ ...policy, emotion: e.target.value as EmotionPolicy["emotion"] })} aria-label={t("policies.emotion")}>
          {(["angry", "anxious", "sad"] as const).map((e) => <option key={e} value={e}>{t(`policies.emotions.${e}`)}</option>)}
        </select>
        <span>≥</span>
        <input type="range" min={0} max={1} step={0.05} value={policy.minScore} disabled={readOnly} onChange={(e) => onChange({ ...policy, minScore: Number(e.target.value) })} aria-label={t("policies.minScore")} />
        <input type="number" min={0} max={1} step={0.05} className={`${small} w-16`} value={policy.minScore} disabled={readOnly} onChange={(e) => onChange({ ...policy, minScore: Number(e.target.value) })} data-testid={`policy-${policy.id}-score`} />
        <span>× {t("policies.consecutive")}</span>
        <input type="number" min={1} max={10} className={`${small} w-14`} value={policy.consecutive} disabled={readOnly} onChange={(e) => onChange({ ...policy, consecutive: Number(e.target.value) })} />
      </div>
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
        <input className={`${small} w-40 font-mono`} value={policy.scriptKey ?? ""} placeholder={t("policies.script")} disabled={readOnly} onChange={(e) => onChange({ ...policy, scriptKey: e.target.value.trim() || undefined })} aria-label={t("policies.script")} />
        <label className="flex items-center gap-1"><input type="checkbox" checked={policy.handoff !== undefined} disabled={readOnly} onChange={(e) => onChange({ ...policy, handoff: e.target.checked ? { skillGroup: skillGroups.at(-1)?.id ?? "expert", priority: "high" } : undefined })} />{t("policies.handoff")}</label>
        {policy.handoff ? (
          <>
            <select className={`${small} w-28`} value={policy.handoff.skillGroup} disabled={readOnly} onChange={(e) => onChange({ ...policy, handoff: { ...policy.handoff!, skillGroup: e.target.value } })} aria-label={t("policies.skillGroup")}>
              {skillGroups.map((g) => <option key={g.id} value={g.id}>{i18n.language === "en" ? g.name_en : g.name_zh}</option>)}
            </select>
            <select className={`${small} w-24`} value={policy.handoff.priority} disabled={readOnly} onChange={(e) => onChange({ ...policy, handoff: { ...policy.handoff!, priority: e.target.value as "high" } })} aria-label={t("policies.priority")}>
              {(["low", "normal", "high", "urgent"] as const).map((p) => <option key={p} value={p}>{t(`policies.priorities.${p}`)}</option>)}
            </select>
          </>
        ) : null}
      </div>
      {readOnly ? <span /> : (
        <div className="flex gap-1">
          <Button size="sm" variant="ghost" disabled={index === 0} onClick={() => onMove(-1)} title={t("policies.up")} aria-label={t("policies.up")}>↑</Button>
          <Button size="sm" variant="ghost" disabled={index === count - 1} onClick={() => onMove(1)} title={t("policies.down")} aria-label={t("policies.down")}>↓</Button>
          <Button size="sm" variant="ghost" onClick={onRemove} title={t("policies.remove")} aria-label={t("policies.remove")}>✕</Button>
        </div>
      )}
    </div>
  );
}
