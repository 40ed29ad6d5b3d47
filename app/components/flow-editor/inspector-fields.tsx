import { useTranslation } from "react-i18next";
import { HTTP_METHODS, OUTCOMES, PRIORITIES, type FlowNode, type InputValidator } from "../../../flows";
import { Check, Num, Pairs, Row, Select, Text, small } from "./inspector-controls";
import { ReplyField } from "./reply-field";

export type Catalog = { scriptKeys: string[]; connections: string[]; skillGroups: { id: string; name_zh: string; name_en: string }[]; intents: string[]; experiments: { key: string; variations: string[] }[]; scriptPreviews: Record<string, string> };
type Props = { node: FlowNode; set: (data: unknown) => void; readOnly: boolean; catalog: Catalog };

const VALIDATORS = ["order_number", "phone", "email", "number", "date", "choice", "regex"] as const;

/** The form of one node type; every change goes through the node's zod schema before it lands. */
export function NodeFields({ node, set, readOnly, catalog }: Props) {
  const { t, i18n } = useTranslation("flows");
  const ro = readOnly;
  const reply = (label: string, value: Parameters<typeof ReplyField>[0]["value"], onChange: (v: Parameters<typeof ReplyField>[0]["value"]) => void) => (
    <Row label={label}><ReplyField value={value} onChange={onChange} readOnly={ro} previews={catalog.scriptPreviews} /></Row>
  );
  switch (node.type) {
    case "start": {
      const d = node.data;
      return (<>
        <Row label={t("inspector.intents")}><Text value={d.intents.join(", ")} readOnly={ro} onChange={(v) => set({ ...d, intents: list(v) })} list="intents" /></Row>
        <Check label={t("inspector.catchAll")} value={d.catchAll} readOnly={ro} onChange={(catchAll) => set({ ...d, catchAll })} />
        <Row label={t("inspector.channels")}><Text value={d.channels.join(", ")} readOnly={ro} onChange={(v) => set({ ...d, channels: list(v) })} /></Row>
      </>);
    }
    case "message":
      return reply(t("inspector.reply"), node.data.reply, (r) => set({ ...node.data, reply: r }));
    case "ask": {
      const d = node.data;
      return (<>
        {reply(t("inspector.prompt"), d.prompt, (prompt) => set({ ...d, prompt }))}
        {reply(t("inspector.reprompt"), d.reprompt, (reprompt) => set({ ...d, reprompt }))}
        <Row label={t("inspector.variable")}><Text value={d.variable} mono readOnly={ro} onChange={(variable) => set({ ...d, variable })} /></Row>
        <Row label={t("inspector.validator")}><Select value={d.validator.kind} options={VALIDATORS} readOnly={ro} onChange={(kind) => set({ ...d, validator: defaultValidator(kind) })} /></Row>
        {d.validator.kind === "regex" ? <Row label={t("inspector.pattern")}><Text value={d.validator.pattern} mono readOnly={ro} onChange={(pattern) => set({ ...d, validator: { ...d.validator, pattern } })} /></Row> : null}
        {d.validator.kind === "choice" ? (
          <Row label={t("inspector.options")}><Pairs value={d.validator.options.map((o) => [o.value, o.synonyms.join(", ")])} sep=":" readOnly={ro} placeholder="yes: 是, 对, yes" onChange={(pairs) => set({ ...d, validator: { kind: "choice", options: pairs.map(([value, syn]) => ({ value, synonyms: list(syn), label: {} })) } })} /></Row>
        ) : null}
        <Row label={t("inspector.maxRetries")}><Num value={d.maxRetries} min={0} max={10} readOnly={ro} onChange={(maxRetries) => set({ ...d, maxRetries })} /></Row>
        <Check label={t("inspector.useCurrentMessage")} value={d.useCurrentMessage} readOnly={ro} onChange={(useCurrentMessage) => set({ ...d, useCurrentMessage })} />
      </>);
    }
    case "condition":
      return <Row label={t("inspector.branches")}><textarea key={node.id} className={`${small} min-h-32 font-mono`} readOnly={ro} defaultValue={JSON.stringify(node.data.branches, null, 1)} onBlur={(e) => set({ branches: safeJson(e.target.value) })} data-testid="branches-json" /><span className="text-[10px] text-slate-400">{t("inspector.conditionHint")}</span></Row>;
    case "intent_switch": {
      const d = node.data;
      return (<>
        <Row label={t("inspector.cases")}><Pairs value={d.cases.map((c) => [c.intent, String(c.minConfidence)])} sep="≥" readOnly={ro} placeholder="greeting ≥ 0" onChange={(pairs) => set({ ...d, cases: pairs.map(([intent, min]) => ({ intent, minConfidence: Number(min) || 0 })) })} /></Row>
        <Check label={t("inspector.waitForMessage")} value={d.waitForMessage} readOnly={ro} onChange={(waitForMessage) => set({ ...d, waitForMessage })} />
      </>);
    }
    case "api_call": {
      const d = node.data;
      return (<>
        <Row label={t("inspector.connection")}><Select value={d.connection} options={catalog.connections.includes(d.connection) ? catalog.connections : [d.connection, ...catalog.connections]} readOnly={ro} onChange={(connection) => set({ ...d, connection })} /></Row>
        <div className="grid grid-cols-[5rem_1fr] gap-1"><Select value={d.method} options={HTTP_METHODS} readOnly={ro} onChange={(method) => set({ ...d, method })} /><Text value={d.path} mono readOnly={ro} onChange={(path) => set({ ...d, path })} /></div>
        <div className="grid grid-cols-2 gap-1"><Row label={t("inspector.timeout")}><Num value={d.timeoutMs} min={100} max={30000} step={100} readOnly={ro} onChange={(timeoutMs) => set({ ...d, timeoutMs })} /></Row><Row label={t("inspector.retries")}><Num value={d.retries} min={0} max={5} readOnly={ro} onChange={(retries) => set({ ...d, retries })} /></Row></div>
        <Row label={t("inspector.mapping")}><Pairs value={d.mapping.map((m) => [m.from, m.to])} sep="→" readOnly={ro} placeholder="status → orderStatus" onChange={(pairs) => set({ ...d, mapping: pairs.map(([from, to]) => ({ from, to })) })} /></Row>
        {d.method !== "GET" ? <Row label={t("inspector.body")}><textarea className={`${small} min-h-16 font-mono`} readOnly={ro} defaultValue={JSON.stringify(d.body ?? {}, null, 1)} onBlur={(e) => set({ ...d, body: safeJson(e.target.value) })} /></Row> : null}
      </>);
    }
    case "set_variable":
      return <Row label={t("inspector.assignments")}><Pairs value={node.data.assignments.map((a) => [a.variable, a.value])} sep="=" readOnly={ro} placeholder="note = {{vars.orderStatus}}" onChange={(pairs) => set({ assignments: pairs.map(([variable, value]) => ({ variable, value })) })} /></Row>;
    case "experiment_split": {
      const d = node.data;
      const known = catalog.experiments.find((e) => e.key === d.experimentKey);
      return (<>
        <Row label={t("inspector.experiment")}><Text value={d.experimentKey} mono readOnly={ro} list="experiments" onChange={(experimentKey) => set({ ...d, experimentKey, variations: catalog.experiments.find((e) => e.key === experimentKey)?.variations ?? d.variations })} /></Row>
        <Row label={t("inspector.variations")}><Text value={d.variations.join(", ")} readOnly={ro || Boolean(known)} onChange={(v) => set({ ...d, variations: list(v) })} /></Row>
      </>);
    }
    case "kb_answer":
      return <Row label={t("inspector.query")}><Text value={node.data.query} readOnly={ro} onChange={(query) => set({ ...node.data, query })} /></Row>;
    case "recommend": {
      const d = node.data;
      return (<>
        {reply(t("inspector.intro"), d.intro, (intro) => set({ ...d, intro }))}
        <Row label={t("inspector.itemsVariable")}><Text value={d.itemsVariable} mono readOnly={ro} onChange={(itemsVariable) => set({ ...d, itemsVariable })} /></Row>
        <Row label={t("inspector.titleField")}><Text value={d.titleField} mono readOnly={ro} onChange={(titleField) => set({ ...d, titleField })} /></Row>
        <Row label={t("inspector.max")}><Num value={d.max} min={1} max={10} readOnly={ro} onChange={(max) => set({ ...d, max })} /></Row>
      </>);
    }
    case "handoff": {
      const d = node.data;
      return (<>
        <Row label={t("inspector.skillGroup")}><Select value={d.skillGroup} options={catalog.skillGroups.map((g) => g.id)} labels={Object.fromEntries(catalog.skillGroups.map((g) => [g.id, i18n.language === "en" ? g.name_en : g.name_zh]))} readOnly={ro} onChange={(skillGroup) => set({ ...d, skillGroup })} /></Row>
        <Row label={t("inspector.priority")}><Select value={d.priority} options={PRIORITIES} readOnly={ro} onChange={(priority) => set({ ...d, priority })} /></Row>
        {reply(t("inspector.notice"), d.notice, (notice) => set({ ...d, notice }))}
        <Row label={t("inspector.note")}><Text value={d.note} readOnly={ro} onChange={(note) => set({ ...d, note })} /></Row>
      </>);
    }
    case "create_ticket": {
      const d = node.data;
      return (<>
        <Row label={t("inspector.ticketType")}><Text value={d.ticketType} mono readOnly={ro} onChange={(ticketType) => set({ ...d, ticketType })} /></Row>
        <Row label={t("inspector.title")}><Text value={d.title} readOnly={ro} onChange={(title) => set({ ...d, title })} /></Row>
        <Row label={t("inspector.priority")}><Select value={d.priority} options={PRIORITIES} readOnly={ro} onChange={(priority) => set({ ...d, priority })} /></Row>
        <Row label={t("inspector.fields")}><Pairs value={d.fields.map((f) => [f.name, f.value])} sep="=" readOnly={ro} placeholder="orderId = {{vars.orderId}}" onChange={(pairs) => set({ ...d, fields: pairs.map(([name, value]) => ({ name, value })) })} /></Row>
      </>);
    }
    case "end": {
      const d = node.data;
      return (<>
        <Row label={t("inspector.outcome")}><Select value={d.outcome} options={OUTCOMES} readOnly={ro} onChange={(outcome) => set({ ...d, outcome })} /></Row>
        {reply(t("inspector.message"), d.message, (message) => set({ ...d, message }))}
        <Check label={t("inspector.csat")} value={d.csat} readOnly={ro} onChange={(csat) => set({ ...d, csat })} />
      </>);
    }
  }
}

function list(value: string): string[] {
  return value.split(/[,，]/).map((s) => s.trim()).filter(Boolean);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function defaultValidator(kind: InputValidator["kind"]): InputValidator {
  if (kind === "regex") return { kind, pattern: "(\\d+)", flags: "i" };
  if (kind === "choice") return { kind, options: [{ value: "yes", synonyms: ["是", "yes"], label: {} }, { value: "no", synonyms: ["否", "no"], label: {} }] };
  if (kind === "number") return { kind };
  return { kind };
}
