import { diffChars, diffWords } from "diff";
import { type RichPart, type ScriptContent, type ScriptVariant, variantAddress } from "./model";

export type TextPart = { op: "equal" | "insert" | "delete"; value: string };
export type ListChange = { added: string[]; removed: string[] };

export type VariantChange =
  | { change: "added"; address: string; after: ScriptVariant }
  | { change: "removed"; address: string; before: ScriptVariant }
  | {
      change: "changed";
      address: string;
      before: ScriptVariant;
      after: ScriptVariant;
      /** null when the text is unchanged. */
      text: TextPart[] | null;
      quickReplies: ListChange | null;
      rich: { before: RichPart | null; after: RichPart | null } | null;
    };

export type ScriptDiff = {
  changed: boolean;
  description: { before: string; after: string; parts: TextPart[] } | null;
  tags: ListChange | null;
  channels: ListChange | null;
  /** Only variants that differ; matched by tier × emotion × locale, so reordering is no change. */
  variants: VariantChange[];
  summary: { added: number; removed: number; changed: number };
};

/** What changed from `before` to `after` (two versions of one script), ready for the UI to render. */
export function diffScriptContent(before: ScriptContent, after: ScriptContent): ScriptDiff {
  const description = before.description === after.description ? null : { before: before.description, after: after.description, parts: diffText(before.description, after.description) };
  const tags = diffList(before.tags, after.tags);
  const channels = diffList(before.channels, after.channels);

  const old = keyed(before.variants);
  const next = keyed(after.variants);
  const variants: VariantChange[] = [];
  for (const [key, a] of next) {
    const b = old.get(key);
    const address = variantAddress(a);
    if (!b) variants.push({ change: "added", address, after: a });
    else {
      const change = diffVariant(address, b, a);
      if (change) variants.push(change);
    }
  }
  for (const [key, b] of old) if (!next.has(key)) variants.push({ change: "removed", address: variantAddress(b), before: b });

  const count = (c: VariantChange["change"]) => variants.filter((v) => v.change === c).length;
  const summary = { added: count("added"), removed: count("removed"), changed: count("changed") };
  return { changed: description !== null || tags !== null || channels !== null || variants.length > 0, description, tags, channels, variants, summary };
}

/** Character diff for text with Chinese (no spaces between words), word diff otherwise. */
export function diffText(before: string, after: string): TextPart[] {
  const han = /\p{Script=Han}/u;
  const parts = han.test(before) || han.test(after) ? diffChars(before, after) : diffWords(before, after);
  return parts.map((p) => ({ op: p.added ? "insert" : p.removed ? "delete" : "equal", value: p.value }));
}

function diffVariant(address: string, before: ScriptVariant, after: ScriptVariant): VariantChange | null {
  const text = before.text === after.text ? null : diffText(before.text, after.text);
  const qrBefore = before.quickReplies ?? [];
  const qrAfter = after.quickReplies ?? [];
  const sameOrder = qrBefore.length === qrAfter.length && qrBefore.every((q, i) => q === qrAfter[i]);
  const quickReplies = sameOrder ? null : (diffList(qrBefore, qrAfter) ?? { added: [], removed: [] });
  const rich = sameRich(before.rich, after.rich) ? null : { before: before.rich ?? null, after: after.rich ?? null };
  if (!text && !quickReplies && !rich) return null;
  return { change: "changed", address, before, after, text, quickReplies, rich };
}

function diffList(before: readonly string[], after: readonly string[]): ListChange | null {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  return added.length === 0 && removed.length === 0 ? null : { added, removed };
}

function sameRich(a: RichPart | undefined, b: RichPart | undefined): boolean {
  return a?.kind === b?.kind && a?.label === b?.label && a?.url === b?.url;
}

// Drafts may repeat an address; the n-th occurrence is matched with the n-th.
function keyed(variants: ScriptVariant[]): Map<string, ScriptVariant> {
  const out = new Map<string, ScriptVariant>();
  for (const v of variants) {
    let n = 0;
    while (out.has(`${variantAddress(v)}#${n}`)) n += 1;
    out.set(`${variantAddress(v)}#${n}`, v);
  }
  return out;
}
