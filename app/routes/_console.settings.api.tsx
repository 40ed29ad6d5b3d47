import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EndpointCard, type OperationDoc } from "~/components/api-reference/endpoint-card";
import { Card } from "~/components/ui/card";
import { PageHeader } from "~/components/ui/page-header";
import { openApiDocumentFor } from "~/utils/api-v1.server";
import { requireRole } from "~/utils/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["admin", "ops_manager"]);
  const document = openApiDocumentFor(request);
  return { origin: new URL(request.url).origin, paths: document.paths as Record<string, Record<string, OperationDoc>>, components: document.components.schemas };
}

export default function ApiReferencePage() {
  const { t } = useTranslation("settings");
  const { origin, paths, components } = useLoaderData<typeof loader>();
  const operations = Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })));
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader
        title={t("api.title")}
        subtitle={t("api.subtitle")}
        actions={
          <a href="/api/v1/openapi.json" className="text-sm text-brand-600 hover:underline" data-testid="openapi-link">
            openapi.json ↗
          </a>
        }
      />
      <Card className="mb-6 p-5 text-sm text-slate-700">
        <h2 className="mb-2 font-semibold text-slate-900">{t("api.authTitle")}</h2>
        <p>{t("api.authBody")}</p>
        <p className="mt-2">
          {t("api.errorsBody")} <code className="rounded bg-slate-100 px-1 font-mono text-xs">{'{"error":{"code","message","issues"}}'}</code>
        </p>
        <p className="mt-2">
          {t("api.keysHint")}{" "}
          <Link to="/settings/channels" className="text-brand-600 hover:underline">
            {t("api.keysLink")}
          </Link>
        </p>
        <h2 className="mb-2 mt-4 font-semibold text-slate-900">{t("api.widgetTitle")}</h2>
        <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100">
          {`<script src="${origin}/widget/kefu-widget.js"\n  data-channel-key="YOUR_CHANNEL_KEY" data-customer-id="(optional)"\n  data-tier="vip" data-locale="zh-CN" async></script>`}
        </pre>
      </Card>
      <nav className="mb-6 flex flex-wrap gap-2 text-xs" aria-label={t("api.contents")}>
        {operations.map(({ path, method }) => (
          <a key={`${method} ${path}`} href={`#${`${method}-${path}`.replace(/[^a-z0-9]+/gi, "-")}`} className="rounded-full border border-slate-200 bg-white px-3 py-1 font-mono text-slate-700 hover:border-brand-300">
            {method.toUpperCase()} {path}
          </a>
        ))}
      </nav>
      <div className="space-y-5">
        {operations.map(({ path, method, operation }) => (
          <EndpointCard
            key={`${method} ${path}`}
            method={method}
            path={path}
            operation={{ ...operation, summary: t(`api.ops.${method}${path.replace(/[^a-z0-9]+/gi, "_")}`, { defaultValue: operation.summary }) }}
            components={components}
            origin={origin}
          />
        ))}
      </div>
    </div>
  );
}
