import { useTranslation } from "react-i18next";
import { CopyButton } from "~/components/channels/copy-button";
import { Card } from "~/components/ui/card";
import { curlExample } from "./curl-example";
import { resolveRef, schemaRows } from "./schema-rows";
import { SchemaTable } from "./schema-table";

export type OperationDoc = {
  summary?: string;
  description?: string;
  security?: Record<string, unknown>[];
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
};

const METHOD_STYLES: Record<string, string> = { get: "bg-sky-100 text-sky-800", post: "bg-emerald-100 text-emerald-800" };

export function EndpointCard({ method, path, operation, components, origin }: {
  method: string;
  path: string;
  operation: OperationDoc;
  components: Record<string, unknown>;
  origin: string;
}) {
  const { t } = useTranslation("settings");
  const bodySchema = operation.requestBody ? resolveRef(operation.requestBody.content["application/json"]?.schema, components) : null;
  const okSchema = operation.responses["200"]?.content ? resolveRef(operation.responses["200"].content["application/json"]?.schema, components) : null;
  const example = Array.isArray(bodySchema?.examples) ? bodySchema.examples[0] : bodySchema ? {} : undefined;
  const auth = (operation.security ?? []).length > 0;
  const curl = curlExample({ origin, method, path, body: example, auth });
  const anchor = `${method}-${path}`.replace(/[^a-z0-9]+/gi, "-");
  return (
    <Card className="p-5" >
      <div id={anchor} className="flex flex-wrap items-center gap-3" data-testid={`endpoint-${method}-${path}`}>
        <span className={`rounded px-2 py-0.5 font-mono text-xs font-semibold uppercase ${METHOD_STYLES[method] ?? "bg-slate-100"}`}>{method}</span>
        <code className="font-mono text-sm font-semibold text-slate-900">{path}</code>
        <span className="text-sm text-slate-600">{operation.summary}</span>
      </div>
      {operation.description ? <p className="mt-2 text-sm text-slate-600">{operation.description}</p> : null}
      {operation.parameters?.length ? (
        <Section title={t("api.parameters")}>
          <SchemaTable
            rows={operation.parameters.map((parameter) => ({
              name: `${parameter.name} (${parameter.in})`,
              type: "string",
              required: Boolean(parameter.required),
              description: parameter.description,
              constraints: [],
            }))}
          />
        </Section>
      ) : null}
      {bodySchema ? (
        <Section title={t("api.requestBody")}>
          <SchemaTable rows={schemaRows(bodySchema)} />
        </Section>
      ) : null}
      {okSchema ? (
        <Section title={t("api.response200")}>
          <SchemaTable rows={schemaRows(okSchema)} />
        </Section>
      ) : null}
      <Section title={t("api.statusCodes")}>
        <ul className="flex flex-wrap gap-2 text-xs">
          {Object.entries(operation.responses).map(([status, response]) => (
            <li key={status} className="rounded border border-slate-200 px-2 py-1 text-slate-600">
              <span className={`font-mono font-semibold ${status.startsWith("2") ? "text-emerald-700" : "text-red-700"}`}>{status}</span> {response.description}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t("api.example")}>
        <div className="flex items-start gap-2">
          <pre className="flex-1 overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs leading-relaxed text-slate-100">{curl}</pre>
          <CopyButton value={curl} />
        </div>
      </Section>
    </Card>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mt-4">
      <h3 className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h3>
      {children}
    </div>
  );
}
