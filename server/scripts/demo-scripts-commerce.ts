import type { DemoScriptDef } from "./build-demo-script";

const ETA_ZH = "{{vars.eta | date}}";
const ETA_EN = '{{vars.eta | date:"long"}}';
const STATUS_ZH = "当前状态：{{vars.logisticsStatus}}，所在位置：{{vars.location}}，预计 " + ETA_ZH + " 送达";
const STATUS_EN = "status: {{vars.logisticsStatus}}, now in {{vars.location}}, expected on " + ETA_EN;

/** Order, refund and logistics scripts used by the template flows. */
export const commerceDemoScripts: DemoScriptDef[] = [
  {
    key: "order.ask_number",
    description: "询问订单号 / Ask for the order number",
    tags: ["order"],
    any: [
      "请提供您的订单号（例如 2024110812345678 或 DD20241108001），我马上为您查询。",
      "Please send me your order number (for example 2024110812345678 or DD20241108001) and I'll look it up right away.",
    ],
    vip: ["请您提供订单号，我将优先为您查询。订单号可在“我的订单”中找到。", "Please share your order number and I'll check it with priority. You'll find it under “My orders”."],
    angry: ["抱歉让您费心了。麻烦提供一下订单号，我立刻为您核实处理。", "Sorry for the trouble. Please send me the order number and I'll check it immediately."],
    anxious: ["别着急，请把订单号发给我，我马上帮您查。订单号在“我的订单”页面可以找到。", "Don't worry, send me the order number and I'll check it right now. It's on the “My orders” page."],
  },
  {
    key: "order.reprompt_number",
    description: "订单号校验失败后重新询问 / Order number failed validation",
    tags: ["order", "reprompt"],
    any: [
      "这个订单号好像不太对。订单号是 16 位数字（如 2024110812345678）或字母加数字（如 DD20241108001），请再核对一下。",
      "That doesn't look like a valid order number. It's either 16 digits (e.g. 2024110812345678) or letters followed by digits (e.g. DD20241108001). Could you check it again?",
    ],
    vip: [
      "抱歉，暂时没能识别这个订单号。请再核对一下（16 位数字或字母加数字），或回复“人工”由专属客服协助您。",
      "Sorry, I couldn't recognise that order number. Please check it again (16 digits, or letters plus digits), or reply “agent” for your dedicated specialist.",
    ],
    angry: [
      "非常抱歉给您添麻烦了，这个订单号没能识别成功。请再发送一次订单号，或回复“人工”直接转接客服。",
      "I'm sorry for the hassle; I couldn't read that order number. Please send it once more, or reply “agent” to reach a person.",
    ],
    anxious: [
      "别着急，订单号可能少了一位或多了空格。请复制“我的订单”中的订单号再发给我。",
      "No worries, the number may be missing a digit or have extra spaces. Please copy it from “My orders” and send it again.",
    ],
  },
  {
    key: "order.not_found",
    description: "订单查询 404 / GET /orders/{id} returned 404",
    tags: ["order"],
    any: [
      "没有查到订单 {{vars.orderId}}，请确认订单号是否正确，或是否使用了其他账号下单。",
      "I couldn't find order {{vars.orderId}}. Please check the number, or whether the order was placed with another account.",
    ],
    vip: [
      "抱歉，暂未查到订单 {{vars.orderId}}。请您核对订单号；如需协助，专属客服可以为您进一步查询。",
      "Sorry, I couldn't find order {{vars.orderId}}. Please double-check the number; your dedicated specialist can also look into it for you.",
    ],
    angry: [
      "非常抱歉，暂时没有查到订单 {{vars.orderId}}。请核对订单号，或回复“人工”，客服会马上为您人工核查。",
      "I'm very sorry, order {{vars.orderId}} didn't turn up. Please check the number, or reply “agent” and a colleague will check it by hand right away.",
    ],
    anxious: [
      "请别担心，订单 {{vars.orderId}} 暂时没查到，可能是订单号有误或订单还在同步中。请核对后再发我一次。",
      "Please don't worry. Order {{vars.orderId}} didn't come up; there may be a typo, or the order is still syncing. Please check and send it again.",
    ],
  },
  {
    key: "order.status",
    description: "查到订单 / Order found",
    tags: ["order"],
    any: ["订单 {{vars.orderId}}（{{vars.itemName}}）当前状态：{{vars.orderStatus}}。", "Order {{vars.orderId}} ({{vars.itemName}}) is currently: {{vars.orderStatus}}."],
    vip: [
      "尊敬的会员，您的订单 {{vars.orderId}}（{{vars.itemName}}）当前状态：{{vars.orderStatus}}。如有任何需要，专属客服随时为您服务。",
      "Your order {{vars.orderId}} ({{vars.itemName}}) is currently: {{vars.orderStatus}}. Your dedicated specialist is here if you need anything.",
    ],
    angry: [
      "让您久等了，非常抱歉。订单 {{vars.orderId}}（{{vars.itemName}}）当前状态：{{vars.orderStatus}}，我会继续为您跟进。",
      "Sorry for the wait. Order {{vars.orderId}} ({{vars.itemName}}) is currently: {{vars.orderStatus}}. I'll keep following it for you.",
    ],
    anxious: [
      "请放心，已为您查到：订单 {{vars.orderId}}（{{vars.itemName}}）当前状态：{{vars.orderStatus}}。",
      "Good news, I found it: order {{vars.orderId}} ({{vars.itemName}}) is currently: {{vars.orderStatus}}.",
    ],
  },
  {
    key: "order.api_error",
    description: "订单接口出错或超时 / Orders connection error or timeout",
    tags: ["order", "error"],
    any: [
      "抱歉，订单系统暂时繁忙，请稍后再试，或回复“人工”由客服为您查询。",
      "Sorry, the order system is busy right now. Please try again in a moment, or reply “agent” and a colleague will check for you.",
    ],
    vip: [
      "非常抱歉，订单系统暂时无法访问。请稍后再试，或回复“人工”，专属客服将优先为您查询。",
      "I'm very sorry, the order system is unavailable right now. Please try again shortly, or reply “agent” and your dedicated specialist will check it with priority.",
    ],
    angry: [
      "真的很抱歉，订单系统暂时出了点问题，耽误您的时间了。请稍后再试，或回复“人工”马上由客服帮您处理。",
      "I'm really sorry, the order system is having a problem and it's costing you time. Please try again shortly, or reply “agent” to get help from a person now.",
    ],
    anxious: [
      "别着急，订单系统暂时繁忙，通常几分钟内就能恢复。您也可以回复“人工”，客服会帮您查询。",
      "Don't worry, the order system is busy and usually recovers within minutes. You can also reply “agent” and a colleague will check for you.",
    ],
  },
  {
    key: "refund.confirm_item",
    description: "确认要退的商品 / Confirm the item to return",
    tags: ["refund"],
    quickReplies: { zh: ["是", "否"], en: ["Yes", "No"] },
    any: ["您要退的是订单 {{vars.orderId}} 中的「{{vars.itemName}}」，对吗？", "You'd like to return “{{vars.itemName}}” from order {{vars.orderId}}, is that right?"],
    vip: [
      "尊敬的会员，请确认您要退的商品：订单 {{vars.orderId}} 中的「{{vars.itemName}}」。会员退货享优先审核。",
      "Please confirm the item to return: “{{vars.itemName}}” from order {{vars.orderId}}. Member returns are reviewed first.",
    ],
    angry: [
      "非常抱歉商品让您不满意，我来帮您尽快办理。要退的是订单 {{vars.orderId}} 中的「{{vars.itemName}}」吗？",
      "I'm sorry the item let you down. Let's get the return done quickly: is it “{{vars.itemName}}” from order {{vars.orderId}}?",
    ],
    anxious: ["别着急，退货很快就能办好。请确认是订单 {{vars.orderId}} 中的「{{vars.itemName}}」吗？", "Don't worry, the return will be quick. Is it “{{vars.itemName}}” from order {{vars.orderId}}?"],
  },
  {
    key: "refund.ask_reason",
    description: "询问退货原因 / Ask the return reason",
    tags: ["refund"],
    quickReplies: { zh: ["质量问题", "尺码不合适", "与描述不符", "不想要了", "其他"], en: ["Quality issue", "Wrong size", "Not as described", "Changed my mind", "Other"] },
    any: ["请选择退货原因，方便我们更快为您处理：", "Please choose a reason for the return so we can process it faster:"],
    vip: ["请您选择退货原因，我们将为您优先审核：", "Please choose a reason for the return; we'll review it with priority:"],
    angry: ["非常抱歉给您带来不好的体验。请选择退货原因，我会立即为您提交：", "I'm sorry about this experience. Please pick a reason and I'll submit the return straight away:"],
    anxious: ["马上就好，请选择退货原因：", "Almost done. Please choose a reason for the return:"],
  },
  {
    key: "refund.confirm",
    description: "提交退款前确认（对照组：点击链接立即解决）/ Confirm before submitting a refund (control: resolve via link)",
    tags: ["refund", "experiment"],
    quickReplies: { zh: ["确认提交", "取消"], en: ["Submit", "Cancel"] },
    rich: { zh: { kind: "link", label: "立即解决", url: "https://shop.example.com/returns" }, en: { kind: "link", label: "Resolve now", url: "https://shop.example.com/returns" } },
    any: [
      "将为订单 {{vars.orderId}} 申请退款，原因：{{vars.reasonText}}。确认提交吗？您也可以点击链接立即解决。",
      "I'll request a refund for order {{vars.orderId}}, reason: {{vars.reasonText}}. Shall I submit it? You can also click the link to resolve it right away.",
    ],
    vip: [
      "尊敬的会员，将为订单 {{vars.orderId}} 申请退款（原因：{{vars.reasonText}}），会员退款优先审核。确认提交吗？也可点击链接立即解决。",
      "I'll request a refund for order {{vars.orderId}} (reason: {{vars.reasonText}}); member refunds are reviewed first. Shall I submit it? Or click the link to resolve it right away.",
    ],
    angry: [
      "非常抱歉给您添麻烦了。将为订单 {{vars.orderId}} 申请退款，原因：{{vars.reasonText}}，确认后我立即提交。也可点击链接立即解决。",
      "I'm sorry for the trouble. I'll request a refund for order {{vars.orderId}}, reason: {{vars.reasonText}}, as soon as you confirm. Or click the link to resolve it right away.",
    ],
    anxious: [
      "马上为您办好：订单 {{vars.orderId}} 退款，原因：{{vars.reasonText}}。确认提交吗？也可点击链接立即解决。",
      "Let's get this done: a refund for order {{vars.orderId}}, reason: {{vars.reasonText}}. Shall I submit it? Or click the link to resolve it right away.",
    ],
  },
  {
    key: "refund.created",
    description: "退货申请提交成功 / POST /returns succeeded",
    tags: ["refund"],
    any: [
      "退款申请已提交，退货单号 {{vars.returnId}}。审核通过后款项将原路退回，请留意通知。",
      "Your refund request has been submitted, return number {{vars.returnId}}. Once approved, the money goes back to your original payment method; we'll notify you.",
    ],
    vip: [
      "已为您提交退款申请，退货单号 {{vars.returnId}}。会员退款享优先审核，通过后将尽快原路退回。",
      "Done: return number {{vars.returnId}}. Member refunds are reviewed first and paid back to your original payment method as soon as they're approved.",
    ],
    angry: [
      "退款申请已为您提交，退货单号 {{vars.returnId}}。再次为给您带来的不便致歉，我们会尽快处理。",
      "Your refund request is in, return number {{vars.returnId}}. Again, I apologise for the trouble; we'll process it as quickly as we can.",
    ],
    anxious: [
      "请放心，退款申请已成功提交，退货单号 {{vars.returnId}}。审核进度会通过短信通知您。",
      "Rest assured, your refund request was submitted, return number {{vars.returnId}}. We'll text you as it progresses.",
    ],
  },
  {
    key: "logistics.ask_number",
    description: "询问订单号或物流单号 / Ask for an order or tracking number",
    tags: ["logistics"],
    any: ["请提供订单号或物流单号（如 SF1234567890123），我来帮您查询物流。", "Please send your order number or tracking number (e.g. SF1234567890123) and I'll check the delivery."],
    vip: ["请您提供订单号或物流单号，我将优先为您查询物流进度。", "Please share your order or tracking number and I'll check the delivery status with priority."],
    angry: ["抱歉让您久等包裹了。请发我订单号或物流单号，我马上帮您查清楚。", "Sorry your parcel is taking so long. Send me the order or tracking number and I'll find out right now."],
    anxious: ["别着急，发我订单号或物流单号，我马上帮您看看包裹到哪了。", "Don't worry, send me the order or tracking number and I'll see where your parcel is right away."],
  },
  {
    key: "logistics.status",
    description: "查到物流信息 / Logistics found",
    tags: ["logistics"],
    any: [`您的包裹${STATUS_ZH}。`, `Your parcel ${STATUS_EN}.`],
    vip: [`尊敬的会员，您的包裹${STATUS_ZH}。如有任何异常，我们会第一时间通知您。`, `Your parcel ${STATUS_EN}. We'll let you know straight away if anything changes.`],
    angry: [`抱歉让您久等了。您的包裹${STATUS_ZH}，我会持续为您关注。`, `Sorry for the wait. Your parcel ${STATUS_EN}. I'll keep an eye on it for you.`],
    anxious: [`请放心，包裹正在路上：${STATUS_ZH}。`, `Rest assured, your parcel is on its way: ${STATUS_EN}.`],
  },
  {
    key: "logistics.not_found",
    description: "未查到物流信息 / No logistics found",
    tags: ["logistics"],
    any: [
      "暂时没有查到单号 {{vars.trackingNumber}} 的物流信息，可能是快递刚揽收还未更新，请稍后再查。",
      "There's no tracking information for {{vars.trackingNumber}} yet. The parcel may have just been collected; please check again later.",
    ],
    vip: [
      "抱歉，暂未查到单号 {{vars.trackingNumber}} 的物流信息。如有需要，可回复“人工”，专属客服将为您联系快递核实。",
      "Sorry, there's no tracking information for {{vars.trackingNumber}} yet. Reply “agent” if you'd like your dedicated specialist to check with the carrier.",
    ],
    angry: [
      "非常抱歉，单号 {{vars.trackingNumber}} 暂时查不到物流信息。请回复“人工”，客服会马上联系快递为您核实。",
      "I'm very sorry, tracking number {{vars.trackingNumber}} shows nothing yet. Reply “agent” and a colleague will contact the carrier right away.",
    ],
    anxious: [
      "别担心，单号 {{vars.trackingNumber}} 暂无物流信息，通常揽收后几小时内会更新。也可以回复“人工”由客服帮您核实。",
      "Don't worry, tracking number {{vars.trackingNumber}} has no updates yet; they usually appear within a few hours of collection. You can also reply “agent” to have a colleague check.",
    ],
  },
];
