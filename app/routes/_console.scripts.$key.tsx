import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ScriptContent, ScriptVariant } from "../../server/scripts/model";
import { CoverageGrid } from "~/components/scripts/coverage-grid";
import { HistoryPanel } from "~/components/scripts/history-panel";
import { PreviewPanel, type Sample } from "~/components/scripts/preview-panel";
import { VariantCard } from "~/components/scripts/variant-card";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Field, inputClass } from "~/components/ui/field";
import { requireRole } from "~/utils/session.server";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";
import { trpc } from "~/utils/trpc";
import { RESOLUTION_PRECEDENCE } from "~/utils/scripts.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireRole(request, ["admin", "content_editor", "ops_manager", "analyst"]);
  const caller = await serverCaller(request);
  const [script, experiments] = await Promise.all([callOrThrow(caller.scripts.get({ key: params.key ?? "" })), callOrThrow(caller.experiments.summary())]);
  return { script, experiments: experiments.filter((e) => e.targetScriptKey === params.key), canEdit: user.role === "admin" || user.role === "content_editor", precedence: RESOLUTION_PRECEDENCE };
}

export default function ScriptEditor() {
  const { t, i18n } = useTranslation("scripts");
  const { script, experiments, canEdit, precedence } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const [content, setContent] = useState<ScriptContent>(script.working);
  const [revision, setRevision] = useState(script.revision);
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [note, setNote] = useState("");
  const [sample, setSample] = useState<Sample>({ tier: "vip", emotion: "angry", locale: i18n.language === "en" ? "en" : "zh-CN", name: i18n.language === "en" ? "Emily" : "王丽", varsJson: '{ "orderId": "2024110812345678" }' });

  useEffect(() => {
    setContent(script.working);
    setRevision(script.revision);
    setDirty(false);
  }, [script]);

  const vars = useMemo(() => parseVars(sample.varsJson), [sample.varsJson]);
  const analyzed = trpc.scripts.analyze.useQuery(
    { content: useDeferredValue(content), sample: { tier: sample.tier, emotion: sample.emotion, locale: sample.locale, name: sample.name, vars: vars ?? {} } },
    { placeholderData: (previous) => previous },
  );
  const save = trpc.scripts.saveDraft.useMutation();
  const publish = trpc.scripts.publish.useMutation();
  const discard = trpc.scripts.discardDraft.useMutation();

  const update = (next: ScriptContent) => {
    setContent(next);
    setDirty(true);
  };
  const setVariant = (index: number, variant: ScriptVariant) => update({ ...content, variants: content.variants.map((v, i) => (i === index ? variant : v)) });

  const saveDraft = useCallback(async (): Promise<number | null> => {
    try {
      const result = await save.mutateAsync({ key: script.key, content, baseRevision: revision });
      setRevision(result.revision);
      setDirty(false);
      setMessage({ tone: "ok", text: t("editor.saved") });
      revalidator.revalidate();
      return result.revision;
    } catch (error) {
      setMessage({ tone: "error", text: error instanceof Error ? error.message : String(error) });
      return null;
    }
  }, [save, script.key, content, revision, t, revalidator]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        if (canEdit) void saveDraft();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [saveDraft, canEdit]);

  const doPublish = async () => {
    const base = dirty ? await saveDraft() : revision;
    if (base === null) return;
    try {
      const result = await publish.mutateAsync({ key: script.key, note, baseRevision: base });
      setNote("");
      setMessage({ tone: "ok", text: t("editor.published", { version: result.version }) });
      revalidator.revalidate();
    } catch (error) {
      setMessage({ tone: "error", text: error instanceof Error ? error.message : String(error) });
    }
  };

  const lint = analyzed.data?.lint ?? script.lint;
  const problemsOf = (index: number) => lint.filter((issue) => issue.variantIndex === index).map((issue) => issue.message);
  const hasDraft = dirty || script.draft !== null;

  return (
    <div className="mx-auto max-w-7xl">
      {experiments.map((e) => (
        <p key={e.key} className="mb-3 rounded-md bg-fuchsia-50 px-3 py-2 text-sm text-fuchsia-800" data-testid="script-experiment">
          {t("editor.experiment", { name: e.name, status: e.status, variations: e.variations.join(" / ") })} <Link to={`/experiments/${e.key}`} className="underline">{e.key}</Link>
        </p>
      ))}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <Link to="/scripts" className="text-xs text-brand-600 hover:underline">← {t("editor.back")}</Link>
          <h1 className="mt-1 font-mono text-xl font-semibold text-slate-900">{script.key}</h1>
          <p className="mt-1 flex flex-wrap gap-2 text-xs">
            {script.publishedVersion ? <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-emerald-700">{t("editor.live", { version: script.publishedVersion })}</span> : <span className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-600">{t("neverPublished")}</span>}
            {hasDraft ? <span className="rounded-full bg-amber-50 px-2 py-0.5 text-amber-700" data-testid="draft-badge">{dirty ? t("editor.unsaved") : t("editor.hasDraft")}</span> : null}
          </p>
        </div>
        {canEdit ? (
          <div className="flex flex-wrap items-center gap-2">
            <span className="hidden text-xs text-slate-400 lg:inline">{t("editor.shortcut")}</span>
            {script.draft && script.publishedVersion ? <Button variant="ghost" onClick={() => discard.mutate({ key: script.key }, { onSuccess: () => revalidator.revalidate() })}>{t("editor.discard")}</Button> : null}
            <Button onClick={() => void saveDraft()} disabled={!dirty || save.isPending} data-testid="save-draft">{save.isPending ? t("editor.saving") : t("editor.save")}</Button>
            <input className={`${inputClass} w-56`} value={note} placeholder={t("editor.publishNote")} onChange={(e) => setNote(e.target.value)} data-testid="publish-note" />
            <Button variant="primary" onClick={() => void doPublish()} disabled={!hasDraft || note.trim() === "" || publish.isPending} data-testid="publish">{t("editor.publish")}</Button>
          </div>
        ) : <p className="text-sm text-slate-500">{t("readOnly")}</p>}
      </div>
      {message ? (
        <p role="status" className={`mb-4 rounded-md px-3 py-2 text-sm ${message.tone === "ok" ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-700"}`} data-testid="editor-message">
          {message.text}
          {message.tone === "error" && /reload|重新加载|elsewhere/i.test(message.text) ? <button className="ml-2 underline" onClick={() => revalidator.revalidate()}>{t("editor.reload")}</button> : null}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-4">
          <Card className="grid gap-3 p-4 sm:grid-cols-3">
            <Field label={t("editor.description")}>
              <input className={inputClass} value={content.description} readOnly={!canEdit} onChange={(e) => update({ ...content, description: e.target.value })} />
            </Field>
            <Field label={t("editor.tags")}>
              <input className={inputClass} value={content.tags.join(", ")} readOnly={!canEdit} onChange={(e) => update({ ...content, tags: e.target.value.split(/[,，]/).map((s) => s.trim()).filter(Boolean) })} />
            </Field>
            <Field label={t("editor.channels")}>
              <input className={inputClass} value={content.channels.join(", ")} readOnly={!canEdit} onChange={(e) => update({ ...content, channels: e.target.value.split(/[,，]/).map((s) => s.trim()).filter((s): s is ScriptContent["channels"][number] => ["web", "app", "email", "phone", "custom"].includes(s)) })} />
            </Field>
          </Card>
          <div className="flex items-center justify-between">
            <h2 className="text-sm font-semibold text-slate-700">{t("editor.variants")} ({content.variants.length})</h2>
            {canEdit ? <Button size="sm" onClick={() => update({ ...content, variants: [...content.variants, { tier: sample.tier, emotion: sample.emotion, locale: sample.locale, text: "" }] })} data-testid="add-variant">+ {t("editor.addVariant")}</Button> : null}
          </div>
          <div className="grid gap-3 xl:grid-cols-2">
            {content.variants.map((variant, index) => (
              <VariantCard key={index} index={index} variant={variant} readOnly={!canEdit} problems={problemsOf(index)} onChange={(v) => setVariant(index, v)} onRemove={() => update({ ...content, variants: content.variants.filter((_, i) => i !== index) })} />
            ))}
          </div>
        </div>
        <div className="space-y-4">
          <Card className="p-4">
            <h2 className="mb-2 text-sm font-semibold text-slate-700">{t("preview.title")}</h2>
            <PreviewPanel sample={sample} onSample={setSample} preview={analyzed.data?.preview ?? null} varsError={vars === null} precedence={precedence[i18n.language === "en" ? "en" : "zh-CN"]} />
          </Card>
          <Card className="p-4">
            <h2 className="mb-2 text-sm font-semibold text-slate-700">{t("coverage.title")}</h2>
            <CoverageGrid coverage={analyzed.data?.coverage ?? script.coverage} />
          </Card>
          <Card className="p-4">
            <h2 className="mb-2 text-sm font-semibold text-slate-700">{t("lint.title")}</h2>
            {lint.length === 0 ? <p className="text-xs text-emerald-700">{t("lint.ok")}</p> : (
              <ul className="space-y-1 text-xs" data-testid="lint">
                {lint.map((issue, i) => <li key={i} className={issue.severity === "error" ? "text-red-700" : "text-amber-700"}>{issue.severity === "error" ? "✖" : "⚠"} #{issue.variantIndex + 1} {issue.message}</li>)}
              </ul>
            )}
          </Card>
          <Card className="p-4">
            <h2 className="mb-2 text-sm font-semibold text-slate-700">{t("history.title")}</h2>
            <HistoryPanel scriptKey={script.key} versions={script.versions} canEdit={canEdit} onRestored={(version) => { setMessage({ tone: "ok", text: t("history.restored", { version }) }); revalidator.revalidate(); }} />
          </Card>
        </div>
      </div>
    </div>
  );
}

function parseVars(json: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(json || "{}");
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
