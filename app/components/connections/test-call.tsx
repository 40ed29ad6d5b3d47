import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { inputClass } from "~/components/ui/field";
import { trpc } from "~/utils/trpc";

/** One real request through the runtime's own connection code: URL, status, latency and the answer. */
export function TestCall({ name }: { name: string }) {
  const { t } = useTranslation("runtime");
  const [method, setMethod] = useState<"GET" | "POST">("GET");
  const [path, setPath] = useState(name === "orders" ? "/orders/2024110812345678" : "/");
  const [body, setBody] = useState("{}");
  const call = trpc.connections.test.useMutation();
  const send = () => {
    let parsed: Record<string, unknown> | undefined;
    if (method === "POST") parsed = JSON.parse(body || "{}") as Record<string, unknown>;
    call.mutate({ name, method, path, ...(parsed ? { body: parsed } : {}) });
  };
  const result = call.data?.result;
  return (
    <div className="mt-2 space-y-2 rounded-md bg-slate-50 p-3" data-testid={`test-call-${name}`}>
      <div className="flex flex-wrap gap-2">
        <select className={`${inputClass.replace("block w-full", "inline-block")} w-24`} value={method} onChange={(e) => setMethod(e.target.value as "GET" | "POST")} aria-label={t("connections.method")}><option>GET</option><option>POST</option></select>
        <input className={`${inputClass.replace("block w-full", "inline-block")} min-w-64 flex-1 font-mono`} value={path} onChange={(e) => setPath(e.target.value)} aria-label={t("connections.path")} data-testid="test-path" />
        <Button variant="primary" disabled={call.isPending} onClick={send} data-testid="test-send">{t("connections.send")}</Button>
      </div>
      {method === "POST" ? <textarea className={`${inputClass} min-h-16 font-mono text-xs`} value={body} onChange={(e) => setBody(e.target.value)} aria-label={t("connections.body")} /> : null}
      {call.error ? <p className="text-xs text-red-600">{call.error.message}</p> : null}
      {call.data ? (
        <div className="text-xs" data-testid="test-result">
          <p className="font-mono text-slate-500">{call.data.url ?? "—"} · {t("connections.latency", { ms: call.data.latencyMs })}</p>
          {result?.kind === "api_response" ? (
            <>
              <p className={`mt-1 font-semibold ${result.status < 300 ? "text-emerald-700" : "text-red-700"}`} data-testid="test-status">{t("connections.status")}: {result.status}</p>
              <pre className="mt-1 max-h-64 overflow-auto rounded bg-white p-2 text-[11px] text-slate-700">{JSON.stringify(result.body, null, 2)}</pre>
            </>
          ) : result?.kind === "api_failure" ? <p className="mt-1 text-red-700">{t("connections.failure", { reason: result.reason, message: result.message })}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
