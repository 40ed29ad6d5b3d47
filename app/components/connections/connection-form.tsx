import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Field, inputClass } from "~/components/ui/field";
import { trpc } from "~/utils/trpc";

export type ConnectionView = { name: string; description: string; baseUrl: string; headers: Record<string, string>; hasSecret: boolean; overriddenBy: string | null };

/** Create or edit a connection; the secret is write-only (empty keeps it, "remove" deletes it). */
export function ConnectionForm({ initial, onDone, onCancel }: { initial: ConnectionView | null; onDone: (name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation("runtime");
  const [name, setName] = useState(initial?.name ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [baseUrl, setBaseUrl] = useState(initial?.baseUrl || "https://");
  const [headers, setHeaders] = useState(Object.entries(initial?.headers ?? {}).map(([k, v]) => `${k}: ${v}`).join("\n"));
  const [secret, setSecret] = useState("");
  const [removeSecret, setRemoveSecret] = useState(false);
  const save = trpc.connections.save.useMutation({ onSuccess: (r) => onDone(r.name) });
  const submit = () => {
    const parsed = Object.fromEntries(headers.split("\n").map((line) => line.trim()).filter(Boolean).map((line) => { const i = line.indexOf(":"); return [line.slice(0, i).trim(), line.slice(i + 1).trim()]; }));
    save.mutate({ name, description, baseUrl, headers: parsed, ...(removeSecret ? { secret: null } : secret ? { secret } : {}) });
  };
  return (
    <div className="mb-4 space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="connection-form">
      <div className="grid gap-3 md:grid-cols-3">
        <Field label={t("connections.name")}><input className={`${inputClass} font-mono`} value={name} disabled={initial !== null} onChange={(e) => setName(e.target.value)} data-testid="connection-name" /></Field>
        <Field label={t("connections.baseUrl")} hint={t("connections.selfHint")}><input className={`${inputClass} font-mono`} value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} data-testid="connection-url" /></Field>
        <Field label={t("connections.description")}><input className={inputClass} value={description} onChange={(e) => setDescription(e.target.value)} /></Field>
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <Field label={t("connections.headers")}><textarea className={`${inputClass} min-h-16 font-mono text-xs`} value={headers} onChange={(e) => setHeaders(e.target.value)} placeholder="X-Api-Version: 2" /></Field>
        <Field label={t("connections.secret")} hint={initial?.hasSecret ? t("connections.secretKeep") : undefined}>
          <input type="password" autoComplete="new-password" className={inputClass} value={secret} disabled={removeSecret} onChange={(e) => setSecret(e.target.value)} />
          {initial?.hasSecret ? <label className="mt-1 flex items-center gap-1.5 text-xs text-slate-600"><input type="checkbox" checked={removeSecret} onChange={(e) => setRemoveSecret(e.target.checked)} />{t("connections.removeSecret")}</label> : null}
        </Field>
      </div>
      {save.error ? <p className="text-sm text-red-600" data-testid="connection-error">{save.error.message}</p> : null}
      <div className="flex gap-2">
        <Button variant="primary" disabled={save.isPending} onClick={submit} data-testid="connection-save">{t("connections.save")}</Button>
        <Button variant="ghost" onClick={onCancel}>{t("connections.cancel")}</Button>
      </div>
    </div>
  );
}
