import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { CopyButton } from "./copy-button";

export type RevealedSecret = { channelName: string; kind: string; key?: string; webhookSecret?: string | null };

/** Keys and webhook secrets are shown here exactly once; only their hash (key) stays on the server. */
export function SecretNotice({ secret, origin, onDismiss }: { secret: RevealedSecret; origin: string; onDismiss: () => void }) {
  const { t } = useTranslation("settings");
  const snippet = secret.key
    ? `<script src="${origin}/widget/kefu-widget.js" data-channel-key="${secret.key}" data-locale="zh-CN" async></script>`
    : null;
  return (
    <div role="status" data-testid="secret-notice" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
      <p className="font-medium text-amber-900">{t("channels.secretTitle", { name: secret.channelName })}</p>
      <p className="mt-1 text-amber-800">{t("channels.secretOnce")}</p>
      {secret.key ? (
        <SecretLine label={t("channels.apiKey")} value={secret.key} testId="revealed-key" />
      ) : null}
      {secret.webhookSecret ? (
        <SecretLine label={t("channels.webhookSecret")} value={secret.webhookSecret} testId="revealed-webhook-secret" />
      ) : null}
      {snippet && secret.kind === "web" ? (
        <div className="mt-3">
          <p className="mb-1 text-xs font-medium uppercase text-amber-900">{t("channels.widgetSnippet")}</p>
          <div className="flex items-start gap-2">
            <code className="block flex-1 overflow-x-auto whitespace-pre rounded bg-white px-2 py-1.5 font-mono text-xs text-slate-800">{snippet}</code>
            <CopyButton value={snippet} />
          </div>
        </div>
      ) : null}
      <div className="mt-3 text-right">
        <Button size="sm" onClick={onDismiss} data-testid="dismiss-secret">
          {t("channels.savedIt")}
        </Button>
      </div>
    </div>
  );
}

function SecretLine({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <span className="w-32 text-xs font-medium uppercase text-amber-900">{label}</span>
      <code data-testid={testId} className="rounded bg-white px-2 py-1 font-mono text-xs text-slate-900">
        {value}
      </code>
      <CopyButton value={value} testId={`${testId}-copy`} />
    </div>
  );
}
