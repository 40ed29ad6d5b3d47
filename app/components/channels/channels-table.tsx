import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { trpc } from "~/utils/trpc";
import { ChannelEditor } from "./channel-editor";
import type { RevealedSecret } from "./secret-notice";
import type { ChannelItem } from "./types";

export function ChannelsTable({
  channels,
  onChanged,
  onSecret,
}: {
  channels: ChannelItem[];
  onChanged: (message?: string) => void;
  onSecret: (secret: RevealedSecret) => void;
}) {
  const { t } = useTranslation("settings");
  const [editing, setEditing] = useState<string | null>(null);
  const update = trpc.channels.update.useMutation({ onSuccess: () => onChanged() });
  const rotate = trpc.channels.rotateKey.useMutation({
    onSuccess: ({ channel, key }) => onSecret({ channelName: channel.name, kind: channel.kind, key }),
  });
  const error = update.error ?? rotate.error;
  return (
    <Card className="overflow-hidden">
      {error ? <p role="alert" className="border-b border-red-100 bg-red-50 px-4 py-2 text-sm text-red-700">{error.message}</p> : null}
      <table className="w-full text-left text-sm" data-testid="channels-table">
        <thead className="bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            <th className="px-4 py-2">{t("channels.name")}</th>
            <th className="px-4 py-2">{t("channels.kind")}</th>
            <th className="px-4 py-2">{t("channels.apiKey")}</th>
            <th className="px-4 py-2">{t("channels.rateLimitShort")}</th>
            <th className="px-4 py-2">{t("channels.slaShort")}</th>
            <th className="px-4 py-2">{t("channels.webhook")}</th>
            <th className="px-4 py-2">{t("channels.status")}</th>
            <th className="px-4 py-2" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {channels.map((channel) => (
            <Fragment key={channel.id}>
              <tr data-testid={`channel-row-${channel.name}`} className={channel.disabled ? "bg-slate-50 text-slate-400" : undefined}>
                <td className="px-4 py-2 font-medium text-slate-800">{channel.name}</td>
                <td className="whitespace-nowrap px-4 py-2 text-slate-600">{t(`channels.kinds.${channel.kind}`)}</td>
                <td className="px-4 py-2 font-mono text-xs text-slate-600">{channel.key_prefix}…</td>
                <td className="whitespace-nowrap px-4 py-2 tabular-nums text-slate-600">{t("channels.perMinute", { count: channel.rate_limit_per_minute })}</td>
                <td className="px-4 py-2 tabular-nums text-slate-600">{t("channels.seconds", { count: channel.sla_seconds })}</td>
                <td className="max-w-[14rem] truncate px-4 py-2 text-slate-600" title={channel.webhook_url ?? undefined}>
                  {channel.webhook_url ?? <span className="text-slate-400">{t("channels.noWebhook")}</span>}
                </td>
                <td className="whitespace-nowrap px-4 py-2">
                  <span className={`rounded-full px-2 py-0.5 text-xs ${channel.disabled ? "bg-slate-100 text-slate-500" : "bg-emerald-50 text-emerald-700"}`}>
                    {channel.disabled ? t("channels.disabled") : t("channels.active")}
                  </span>
                </td>
                <td className="space-x-2 whitespace-nowrap px-4 py-2 text-right">
                  <Button size="sm" onClick={() => setEditing(editing === channel.id ? null : channel.id)} data-testid={`edit-${channel.name}`}>
                    {editing === channel.id ? t("common.closeEditor") : t("channels.edit")}
                  </Button>
                  <Button
                    size="sm"
                    data-testid={`rotate-${channel.name}`}
                    onClick={() => window.confirm(t("channels.confirmRotate", { name: channel.name })) && rotate.mutate({ id: channel.id })}
                  >
                    {t("channels.rotateKey")}
                  </Button>
                  <Button
                    size="sm"
                    variant={channel.disabled ? "secondary" : "danger"}
                    data-testid={`toggle-${channel.name}`}
                    onClick={() => {
                      if (channel.disabled || window.confirm(t("channels.confirmDisable", { name: channel.name }))) {
                        update.mutate({ id: channel.id, disabled: !channel.disabled });
                      }
                    }}
                  >
                    {channel.disabled ? t("channels.enable") : t("channels.disable")}
                  </Button>
                </td>
              </tr>
              {editing === channel.id ? (
                <tr>
                  <td colSpan={8} className="bg-slate-50 px-4 py-4">
                    <ChannelEditor channel={channel} onChanged={onChanged} onSecret={onSecret} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
