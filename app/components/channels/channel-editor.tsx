import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Field, inputClass } from "~/components/ui/field";
import { trpc } from "~/utils/trpc";
import { DeliveryLog } from "./delivery-log";
import type { RevealedSecret } from "./secret-notice";
import type { ChannelItem } from "./types";

export function ChannelEditor({
  channel,
  onChanged,
  onSecret,
}: {
  channel: ChannelItem;
  onChanged: (message?: string) => void;
  onSecret: (secret: RevealedSecret) => void;
}) {
  const { t } = useTranslation("settings");
  const [form, setForm] = useState({
    name: channel.name,
    rateLimitPerMinute: channel.rate_limit_per_minute,
    slaSeconds: channel.sla_seconds,
    webhookUrl: channel.webhook_url ?? "",
  });
  const utils = trpc.useUtils();
  const update = trpc.channels.update.useMutation({
    onSuccess: ({ channel: saved, webhookSecret }) => {
      if (webhookSecret) onSecret({ channelName: saved.name, kind: saved.kind, webhookSecret });
      onChanged(t("channels.saved"));
    },
  });
  const rotateSecret = trpc.channels.rotateWebhookSecret.useMutation({
    onSuccess: ({ webhookSecret }) => onSecret({ channelName: channel.name, kind: channel.kind, webhookSecret }),
  });
  const test = trpc.channels.testWebhook.useMutation({
    onSuccess: () => window.setTimeout(() => void utils.channels.deliveries.invalidate({ id: channel.id }), 1200),
  });
  const error = update.error ?? rotateSecret.error ?? test.error;
  return (
    <div className="grid gap-6 lg:grid-cols-2" data-testid="channel-editor">
      <form
        className="grid gap-3 sm:grid-cols-2"
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate({ id: channel.id, ...form, webhookUrl: form.webhookUrl.trim() || null });
        }}
      >
        <Field label={t("channels.name")}>
          <input required maxLength={80} className={inputClass} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </Field>
        <Field label={t("channels.webhookUrl")} hint={t("channels.webhookHint")}>
          <input type="url" name="editWebhookUrl" placeholder="https://" className={inputClass} value={form.webhookUrl} onChange={(e) => setForm({ ...form, webhookUrl: e.target.value })} />
        </Field>
        <Field label={t("channels.rateLimit")}>
          <input type="number" min={1} max={100000} className={inputClass} value={form.rateLimitPerMinute} onChange={(e) => setForm({ ...form, rateLimitPerMinute: Number(e.target.value) })} />
        </Field>
        <Field label={t("channels.sla")} hint={t("channels.slaHint")}>
          <input type="number" min={1} max={86400} className={inputClass} value={form.slaSeconds} onChange={(e) => setForm({ ...form, slaSeconds: Number(e.target.value) })} />
        </Field>
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <Button type="submit" variant="primary" disabled={update.isPending} data-testid="save-channel">
            {t("common.save")}
          </Button>
          <Button disabled={!channel.webhook_url || test.isPending} onClick={() => test.mutate({ id: channel.id })} data-testid="test-webhook">
            {t("channels.sendTest")}
          </Button>
          <Button
            disabled={!channel.webhook_url}
            onClick={() => window.confirm(t("channels.confirmRotateSecret")) && rotateSecret.mutate({ id: channel.id })}
          >
            {t("channels.rotateSecret")}
          </Button>
        </div>
        {error ? <p role="alert" className="text-sm text-red-600 sm:col-span-2">{error.message}</p> : null}
        {test.isSuccess ? <p className="text-sm text-emerald-700 sm:col-span-2">{t("channels.testQueued")}</p> : null}
      </form>
      <DeliveryLog channelId={channel.id} />
    </div>
  );
}
