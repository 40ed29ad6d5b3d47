import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Field, inputClass } from "~/components/ui/field";
import { trpc } from "~/utils/trpc";
import type { RevealedSecret } from "./secret-notice";
import { CHANNEL_KIND_OPTIONS } from "./types";

const EMPTY = { name: "", kind: "web" as (typeof CHANNEL_KIND_OPTIONS)[number], rateLimitPerMinute: 600, slaSeconds: 20, webhookUrl: "" };

export function CreateChannelForm({ onCreated }: { onCreated: (secret: RevealedSecret) => void }) {
  const { t } = useTranslation("settings");
  const [form, setForm] = useState(EMPTY);
  const create = trpc.channels.create.useMutation({
    onSuccess: ({ channel, key, webhookSecret }) => {
      setForm(EMPTY);
      onCreated({ channelName: channel.name, kind: channel.kind, key, webhookSecret });
    },
  });
  return (
    <Card className="mb-6 p-4">
      <h2 className="mb-3 text-sm font-semibold text-slate-800">{t("channels.createTitle")}</h2>
      <form
        className="grid items-end gap-3 md:grid-cols-6"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ ...form, webhookUrl: form.webhookUrl.trim() || null });
        }}
      >
        <Field label={t("channels.name")}>
          <input required name="name" maxLength={80} className={inputClass} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </Field>
        <Field label={t("channels.kind")}>
          <select name="kind" className={inputClass} value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as typeof form.kind })}>
            {CHANNEL_KIND_OPTIONS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`channels.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("channels.rateLimit")}>
          <input type="number" min={1} max={100000} required name="rateLimit" className={inputClass} value={form.rateLimitPerMinute} onChange={(e) => setForm({ ...form, rateLimitPerMinute: Number(e.target.value) })} />
        </Field>
        <Field label={t("channels.sla")}>
          <input type="number" min={1} max={86400} required name="sla" className={inputClass} value={form.slaSeconds} onChange={(e) => setForm({ ...form, slaSeconds: Number(e.target.value) })} />
        </Field>
        <Field label={t("channels.webhookOptional")}>
          <input type="url" name="webhookUrl" placeholder="https://" className={inputClass} value={form.webhookUrl} onChange={(e) => setForm({ ...form, webhookUrl: e.target.value })} />
        </Field>
        <Button type="submit" variant="primary" disabled={create.isPending} data-testid="create-channel">
          {t("channels.create")}
        </Button>
      </form>
      {create.error ? (
        <p role="alert" className="mt-3 text-sm text-red-600">
          {create.error.message}
        </p>
      ) : null}
    </Card>
  );
}
