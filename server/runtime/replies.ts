import { renderTemplate, type CustomerContext, type ReplySpec, type TemplateContext, type Understanding } from "../../flows";
import { resolveScript } from "../scripts/resolve";
import type { ScriptContent } from "../scripts/model";
import type { ScriptOverride } from "./experiment-port";

export type Reply = { text: string; scriptKey?: string; variant?: string; quickReplies?: string[] };

export type ReplyOutcome =
  | { ok: true; reply: Reply }
  /** The script is missing or has no text for this locale: logged as an event, nothing is said. */
  | { ok: false; scriptKey: string; reason: string; tried: string[] };

export type ReplyContext = {
  customer: CustomerContext;
  emotion: Understanding["emotion"]["label"];
  vars: Record<string, unknown>;
  understanding: Understanding | null;
  channel: string;
};

/**
 * Turns a reply spec into the text the customer reads: the script variant for their tier, emotion
 * and locale (or an experiment's variation), rendered by the one template renderer. Plain text
 * out; the widget and channels escape it where they show HTML.
 */
export function resolveReply(scripts: ReadonlyMap<string, ScriptContent>, spec: ReplySpec, context: ReplyContext, override: ScriptOverride | null = null): ReplyOutcome {
  const template = templateContext(context);
  const render = (text: string) => renderTemplate(text, template, { locale: context.customer.locale }).text;
  if (spec.text !== undefined) return { ok: true, reply: withQuickReplies({ text: render(spec.text) }, spec.quickReplies) };
  const requestedKey = spec.scriptKey ?? "";
  if (override?.text !== undefined) {
    return { ok: true, reply: withQuickReplies({ text: render(override.text), scriptKey: requestedKey, variant: `experiment:${override.experimentKey}/${override.variation}` }, spec.quickReplies) };
  }
  const scriptKey = override?.scriptKey ?? requestedKey;
  const resolved = resolveScript(scripts.get(scriptKey), { tier: context.customer.tier, emotion: context.emotion, locale: context.customer.locale });
  if (!resolved.ok) return { ok: false, scriptKey, reason: resolved.reason, tried: resolved.tried };
  const { tier, emotion, locale } = resolved.matched;
  const variant = override ? `experiment:${override.experimentKey}/${override.variation}` : `${tier}/${emotion}/${locale}`;
  const quickReplies = spec.quickReplies ?? resolved.variant.quickReplies;
  return { ok: true, reply: withQuickReplies({ text: render(resolved.variant.text), scriptKey, variant }, quickReplies) };
}

function withQuickReplies(reply: Reply, quickReplies: string[] | undefined): Reply {
  return quickReplies && quickReplies.length > 0 ? { ...reply, quickReplies: [...quickReplies] } : reply;
}

function templateContext(context: ReplyContext): TemplateContext {
  return {
    customer: context.customer,
    vars: context.vars,
    order: context.vars.order,
    conversation: { channel: context.channel },
    understanding: context.understanding ?? undefined,
  };
}
