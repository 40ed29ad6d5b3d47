import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ChannelsTable } from "~/components/channels/channels-table";
import { CreateChannelForm } from "~/components/channels/create-channel-form";
import { SecretNotice, type RevealedSecret } from "~/components/channels/secret-notice";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/utils/session.server";
import { callOrThrow, serverCaller } from "~/utils/trpc.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["admin", "ops_manager"]);
  const caller = await serverCaller(request);
  return { channels: await callOrThrow(caller.channels.list()), origin: new URL(request.url).origin };
}

export default function ChannelsPage() {
  const { t } = useTranslation("settings");
  const { channels, origin } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const [secret, setSecret] = useState<RevealedSecret | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const onChanged = (message?: string) => {
    setNotice(message ?? null);
    revalidator.revalidate();
  };
  const onSecret = (revealed: RevealedSecret) => {
    setSecret(revealed);
    revalidator.revalidate();
  };
  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader
        title={t("channels.title")}
        subtitle={t("channels.subtitle")}
        actions={
          <Link to="/settings/api" className="text-sm text-brand-600 hover:underline">
            {t("channels.apiReference")} →
          </Link>
        }
      />
      {secret ? <SecretNotice secret={secret} origin={origin} onDismiss={() => setSecret(null)} /> : null}
      {notice ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {notice}
        </p>
      ) : null}
      <CreateChannelForm onCreated={onSecret} />
      {channels.length === 0 ? (
        <EmptyState title={t("channels.empty")} body={t("channels.emptyBody")} />
      ) : (
        <ChannelsTable channels={channels} onChanged={onChanged} onSecret={onSecret} />
      )}
    </div>
  );
}
