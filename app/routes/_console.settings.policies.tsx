import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RuntimeSettings } from "../../server/runtime/runtime-settings";
import { PolicyRow } from "~/components/policies/policy-row";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { inputClass } from "~/components/ui/field";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/utils/session.server";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";
import { trpc } from "~/utils/trpc";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireRole(request, ["admin", "ops_manager", "content_editor", "analyst"]);
  const caller = await serverCaller(request);
  const [settings, skillGroups] = await Promise.all([callOrThrow(caller.runtime.settings()), callOrThrow(caller.runtime.skillGroups())]);
  return { settings, skillGroups, canEdit: user.role === "admin" || user.role === "ops_manager" };
}

const num = `${inputClass.replace("block w-full", "inline-block")} w-20 py-1 text-xs`;

export default function PoliciesPage() {
  const { t } = useTranslation("runtime");
  const { settings, skillGroups, canEdit } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const [draft, setDraft] = useState<RuntimeSettings>(settings);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(settings), [settings]);
  const save = trpc.runtime.saveSettings.useMutation({ onSuccess: () => { setSaved(true); revalidator.revalidate(); } });
  const changed = JSON.stringify(draft) !== JSON.stringify(settings);
  const setPolicies = (emotionPolicies: RuntimeSettings["emotionPolicies"]) => { setSaved(false); setDraft({ ...draft, emotionPolicies }); };
  const set = (patch: Partial<RuntimeSettings>) => { setSaved(false); setDraft({ ...draft, ...patch }); };
  const move = (index: number, delta: -1 | 1) => {
    const list = [...draft.emotionPolicies];
    [list[index], list[index + delta]] = [list[index + delta], list[index]];
    setPolicies(list);
  };
  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader title={t("policies.title")} subtitle={t("policies.subtitle")} actions={canEdit ? <Button variant="primary" disabled={!changed || save.isPending} onClick={() => save.mutate(draft)} data-testid="save-policies">{changed ? t("policies.save") : t("policies.unchanged")}</Button> : null} />
      {!canEdit ? <p className="mb-4 text-sm text-slate-500">{t("policies.readOnly")}</p> : null}
      {saved ? <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800" data-testid="policies-saved">{t("policies.saved")}</p> : null}
      {save.error ? <p className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{save.error.message}</p> : null}
      <ol className="mb-4 flex flex-wrap items-center gap-2 text-xs text-slate-600">
        <li className="rounded-full bg-white px-3 py-1 shadow-sm">① {t("policies.human")}</li><li>→</li>
        <li className="rounded-full bg-white px-3 py-1 shadow-sm">② {t("policies.policy")} 1…{draft.emotionPolicies.length}</li><li>→</li>
        <li className="rounded-full bg-white px-3 py-1 shadow-sm">③ {t("policies.switching")}</li>
      </ol>
      <div className="space-y-2">
        {draft.emotionPolicies.length === 0 ? <p className="rounded-md border border-dashed border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-800">{t("policies.empty")}</p> : null}
        {draft.emotionPolicies.map((policy, index) => (
          <PolicyRow key={`${policy.id}-${index}`} policy={policy} index={index} count={draft.emotionPolicies.length} readOnly={!canEdit} skillGroups={skillGroups}
            onChange={(next) => setPolicies(draft.emotionPolicies.map((p, i) => (i === index ? next : p)))}
            onMove={(delta) => move(index, delta)}
            onRemove={() => setPolicies(draft.emotionPolicies.filter((_, i) => i !== index))} />
        ))}
        {canEdit ? <Button size="sm" onClick={() => setPolicies([...draft.emotionPolicies, { id: `policy_${draft.emotionPolicies.length + 1}`, enabled: true, emotion: "sad", minScore: 0.7, consecutive: 1 }])}>+ {t("policies.add")}</Button> : null}
      </div>
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <Card className="space-y-2 p-4 text-sm">
          <label className="flex items-center gap-2 font-medium text-slate-700"><input type="checkbox" checked={draft.humanRequest.enabled} disabled={!canEdit} onChange={(e) => set({ humanRequest: { ...draft.humanRequest, enabled: e.target.checked } })} />{t("policies.human")}</label>
          <p className="text-xs text-slate-500">{t("policies.humanHint")}</p>
          <label className="flex items-center gap-2 text-xs text-slate-600">{t("policies.minConfidence")}<input type="number" min={0} max={1} step={0.05} className={num} value={draft.humanRequest.minConfidence} disabled={!canEdit} onChange={(e) => set({ humanRequest: { ...draft.humanRequest, minConfidence: Number(e.target.value) } })} /></label>
        </Card>
        <Card className="space-y-2 p-4 text-sm">
          <label className="flex items-center gap-2 font-medium text-slate-700"><input type="checkbox" checked={draft.flowSwitching.enabled} disabled={!canEdit} onChange={(e) => set({ flowSwitching: { ...draft.flowSwitching, enabled: e.target.checked } })} />{t("policies.switching")}</label>
          <p className="text-xs text-slate-500">{t("policies.switchingHint")}</p>
          <label className="flex items-center gap-2 text-xs text-slate-600">{t("policies.minConfidence")}<input type="number" min={0} max={1} step={0.05} className={num} value={draft.flowSwitching.minConfidence} disabled={!canEdit} onChange={(e) => set({ flowSwitching: { ...draft.flowSwitching, minConfidence: Number(e.target.value) } })} /></label>
        </Card>
        <Card className="space-y-2 p-4 text-sm">
          <label className="flex items-center justify-between gap-2 text-xs text-slate-600">{t("policies.trigger")}<input type="number" min={0} max={1} step={0.05} className={num} value={draft.triggerMinConfidence} disabled={!canEdit} onChange={(e) => set({ triggerMinConfidence: Number(e.target.value) })} /></label>
          <label className="flex items-center justify-between gap-2 text-xs text-slate-600">{t("policies.queued")}<input type="number" min={0} max={86400} className={num} value={draft.queuedNoticeSeconds} disabled={!canEdit} onChange={(e) => set({ queuedNoticeSeconds: Number(e.target.value) })} /></label>
        </Card>
      </div>
    </div>
  );
}
