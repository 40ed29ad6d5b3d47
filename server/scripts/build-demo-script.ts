import { SCRIPT_CHANNELS, type ScriptContent, type ScriptVariant } from "./model";

/** [zh-CN text, en text] */
type Texts = readonly [string, string];

/** Compact authoring form of a demo script: one pair of texts per tier/emotion slot. */
export type DemoScriptDef = {
  key: string;
  description: string;
  tags: string[];
  quickReplies?: { zh: string[]; en: string[] };
  rich?: { zh: NonNullable<ScriptVariant["rich"]>; en: NonNullable<ScriptVariant["rich"]> };
  any: Texts;
  vip: Texts;
  angry: Texts;
  anxious: Texts;
  /** Soothing, complaint and handoff scripts also speak to an angry VIP. */
  vipAngry?: Texts;
};

// Customer names are optional in the context, so every use carries a default.
export const NAME_ZH = '{{customer.name | default:"亲爱的顾客"}}';
export const VIP_NAME_ZH = '{{customer.name | default:"会员"}}';
export const NAME_EN = '{{customer.name | default:"Dear customer"}}';
export const VIP_NAME_EN = '{{customer.name | default:"Dear member"}}';

const SLOTS = [
  ["any", "any", "any"],
  ["vip", "vip", "any"],
  ["angry", "any", "angry"],
  ["anxious", "any", "anxious"],
  ["vipAngry", "vip", "angry"],
] as const;

/** Expands the authoring form into script content (zh-CN and en variants). */
export function buildDemoScript(def: DemoScriptDef): ScriptContent {
  const variants: ScriptVariant[] = [];
  for (const [slot, tier, emotion] of SLOTS) {
    const texts = def[slot];
    if (!texts) continue;
    (["zh-CN", "en"] as const).forEach((locale, i) => {
      const side = i === 0 ? "zh" : "en";
      const quickReplies = def.quickReplies?.[side];
      const rich = def.rich?.[side];
      variants.push({ tier, emotion, locale, text: texts[i], ...(quickReplies ? { quickReplies } : {}), ...(rich ? { rich } : {}) });
    });
  }
  return { description: def.description, tags: def.tags, channels: [...SCRIPT_CHANNELS], variants };
}
