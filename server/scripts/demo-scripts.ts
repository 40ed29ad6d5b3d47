import { buildDemoScript } from "./build-demo-script";
import { commerceDemoScripts } from "./demo-scripts-commerce";
import { serviceDemoScripts } from "./demo-scripts-service";
import type { ScriptContent } from "./model";

/** Seed content for every script key the flow templates use (contracts.md), keyed by script key. */
export const DEMO_SCRIPTS: ReadonlyMap<string, ScriptContent> = new Map([...serviceDemoScripts, ...commerceDemoScripts].map((def) => [def.key, buildDemoScript(def)]));

/**
 * The demo A/B test on `refund.confirm`: the control is the seeded text (a link, "点击链接立即解决"),
 * the treatment offers a tailored solution ("我为您生成专属解决方案"). Same slots, so the
 * experiment compares wording only.
 */
export const REFUND_CONFIRM_EXPERIMENT = {
  key: "refund.confirm",
  control: DEMO_SCRIPTS.get("refund.confirm") as ScriptContent,
  treatment: buildDemoScript({
    key: "refund.confirm",
    description: "退款提交前确认（实验组：专属解决方案）/ Confirm before submitting a refund (treatment: tailored solution)",
    tags: ["refund", "experiment"],
    quickReplies: { zh: ["确认提交", "取消"], en: ["Submit", "Cancel"] },
    any: [
      "我为您生成专属解决方案：为订单 {{vars.orderId}} 申请退款，原因：{{vars.reasonText}}，审核通过后原路退回。确认提交吗？",
      "I've prepared a personal solution for you: a refund for order {{vars.orderId}}, reason: {{vars.reasonText}}, paid back to your original payment method once approved. Shall I submit it?",
    ],
    vip: [
      "尊敬的会员，我为您生成专属解决方案：订单 {{vars.orderId}} 退款（原因：{{vars.reasonText}}），会员退款优先审核。确认提交吗？",
      "I've prepared a personal member solution: a refund for order {{vars.orderId}} (reason: {{vars.reasonText}}), reviewed with priority. Shall I submit it?",
    ],
    angry: [
      "非常抱歉给您添麻烦了，我为您生成专属解决方案：订单 {{vars.orderId}} 退款，原因：{{vars.reasonText}}。确认后我立即提交。",
      "I'm sorry for the trouble. I've prepared a personal solution: a refund for order {{vars.orderId}}, reason: {{vars.reasonText}}. Confirm and I'll submit it at once.",
    ],
    anxious: [
      "别着急，我为您生成专属解决方案：订单 {{vars.orderId}} 退款，原因：{{vars.reasonText}}。确认提交吗？",
      "Don't worry, I've prepared a personal solution: a refund for order {{vars.orderId}}, reason: {{vars.reasonText}}. Shall I submit it?",
    ],
  }),
} as const;
