import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/utils/format";
import { trpc } from "~/utils/trpc";

const STATUS_STYLES: Record<string, string> = {
  delivered: "bg-emerald-50 text-emerald-700",
  pending: "bg-amber-50 text-amber-700",
  failed: "bg-red-50 text-red-700",
};

/** The channel's recent webhook deliveries: what was sent, how often, and how the receiver answered. */
export function DeliveryLog({ channelId }: { channelId: string }) {
  const { t, i18n } = useTranslation("settings");
  const deliveries = trpc.channels.deliveries.useQuery({ id: channelId });
  const rows = deliveries.data ?? [];
  return (
    <div>
      <div className="mb-2 flex items-center justify-between">
        <h3 className="text-xs font-semibold uppercase text-slate-500">{t("channels.deliveries")}</h3>
        <button type="button" className="text-xs text-brand-600 hover:underline" onClick={() => void deliveries.refetch()}>
          {t("channels.refresh")}
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{deliveries.isLoading ? t("common.loading") : t("channels.noDeliveries")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white text-xs" data-testid="delivery-log">
          {rows.map((row) => (
            <li key={row.id} className="flex items-center gap-3 px-3 py-2">
              <span className={`rounded-full px-2 py-0.5 ${STATUS_STYLES[row.status] ?? ""}`}>{t(`channels.deliveryStatus.${row.status}`)}</span>
              <span className="font-mono text-slate-700">{row.event_type}</span>
              <span className="text-slate-500">{t("channels.attempts", { count: row.attempts })}</span>
              <span className="text-slate-500">{row.last_status_code ?? row.last_error ?? ""}</span>
              <span className="ml-auto text-slate-400">{formatDateTime(row.created_at, i18n.language)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
