import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { trpc } from "~/utils/trpc";
import { small } from "./inspector-controls";

type Turn = { text: string; replies: { text: string; scriptKey?: string; variant?: string }[]; intent: string; emotion: string; entities: string[]; vars: Record<string, unknown>; apiCalls: { nodeId: string | null; status?: number; failure?: string; mocked?: boolean }[] };

/** Chat with the draft (or a version) as a chosen customer; the last turn's path lights up on the canvas. */
export function SimulatorPanel({ flowId, source, onPath }: { flowId: string; source: string; onPath: (nodes: string[], edges: string[]) => void }) {
  const { t } = useTranslation("flows");
  const [customer, setCustomer] = useState({ name: "王丽", tier: "vip" as "vip" | "normal", locale: "zh-CN" as "zh-CN" | "en" });
  const [channel, setChannel] = useState<"web" | "app" | "email" | "phone" | "custom">("web");
  const [mocks, setMocks] = useState("");
  const [state, setState] = useState<unknown>(null);
  const [turns, setTurns] = useState<Turn[]>([]);
  const [text, setText] = useState("");
  const simulate = trpc.flows.simulate.useMutation();
  const send = async () => {
    if (!text.trim()) return;
    let parsedMocks: Record<string, { status: number; body: unknown }> = {};
    try { parsedMocks = mocks.trim() ? (JSON.parse(mocks) as typeof parsedMocks) : {}; } catch { /* shown below */ }
    const result = await simulate.mutateAsync({ id: flowId, source, customer: { id: "simulator", ...customer }, channel, state, text, mocks: parsedMocks });
    setState(result.ended ? null : result.state);
    onPath(result.trace.map((s) => s.nodeId), result.trace.flatMap((s) => (s.edgeId ? [s.edgeId] : [])));
    setTurns([...turns, { text, replies: result.replies, intent: `${result.understanding.intent.name} ${result.understanding.intent.confidence.toFixed(2)}`, emotion: `${result.understanding.emotion.label} ${result.understanding.emotion.score.toFixed(2)}`, entities: result.understanding.entities.map((e) => `${e.type}:${e.value}`), vars: result.vars, apiCalls: result.apiCalls as Turn["apiCalls"] }]);
    setText("");
  };
  return (
    <div className="flex h-full flex-col gap-2 text-xs" data-testid="simulator">
      <div className="grid grid-cols-2 gap-1">
        <input className={small} value={customer.name} onChange={(e) => setCustomer({ ...customer, name: e.target.value })} aria-label={t("simulator.name")} />
        <select className={small} value={customer.tier} onChange={(e) => setCustomer({ ...customer, tier: e.target.value as "vip" })}><option value="vip">VIP</option><option value="normal">{t("simulator.normal")}</option></select>
        <select className={small} value={customer.locale} onChange={(e) => setCustomer({ ...customer, locale: e.target.value as "en" })}><option value="zh-CN">中文</option><option value="en">English</option></select>
        <select className={small} value={channel} onChange={(e) => setChannel(e.target.value as "web")}>{["web", "app", "email", "phone", "custom"].map((c) => <option key={c}>{c}</option>)}</select>
      </div>
      <details><summary className="cursor-pointer text-slate-500">{t("simulator.mocks")}</summary><textarea className={`${small} mt-1 min-h-16 font-mono`} value={mocks} placeholder='{"get_order": {"status": 500, "body": null}}' onChange={(e) => setMocks(e.target.value)} /></details>
      <div className="min-h-0 flex-1 space-y-2 overflow-y-auto rounded-md bg-slate-50 p-2" data-testid="sim-log">
        {turns.length === 0 ? <p className="text-slate-400">{t("simulator.empty")}</p> : null}
        {turns.map((turn, i) => (
          <div key={i} className="space-y-1">
            <p className="ml-auto w-fit max-w-[85%] rounded-lg bg-brand-600 px-2 py-1 text-white">{turn.text}</p>
            <p className="text-[10px] text-slate-400">🧠 {turn.intent} · {turn.emotion}{turn.entities.length ? ` · ${turn.entities.join(", ")}` : ""}</p>
            {turn.replies.map((r, j) => <p key={j} className="w-fit max-w-[85%] rounded-lg bg-white px-2 py-1 text-slate-800 shadow-sm" data-testid="sim-reply">{r.text}{r.variant ? <span className="block text-[9px] text-slate-400">{r.scriptKey} · {r.variant}</span> : null}</p>)}
            {turn.apiCalls.map((c, j) => <p key={`a${j}`} className="text-[10px] text-cyan-700">⇄ {c.nodeId} → {c.status ?? c.failure}{c.mocked ? " (mock)" : ""}</p>)}
            {Object.keys(turn.vars).length > 0 ? <p className="break-all font-mono text-[10px] text-slate-500">{JSON.stringify(turn.vars)}</p> : null}
          </div>
        ))}
      </div>
      {simulate.error ? <p className="text-red-600">{simulate.error.message}</p> : null}
      <div className="flex gap-1">
        <input className={small} value={text} onChange={(e) => setText(e.target.value)} onKeyDown={(e) => e.key === "Enter" && void send()} placeholder={t("simulator.placeholder")} data-testid="sim-input" />
        <Button size="sm" variant="primary" disabled={simulate.isPending} onClick={() => void send()} data-testid="sim-send">{t("simulator.send")}</Button>
        <Button size="sm" variant="ghost" onClick={() => { setTurns([]); setState(null); onPath([], []); }}>{t("simulator.reset")}</Button>
      </div>
    </div>
  );
}
