/** Console labels of the built-in intents; their training phrases ship in the core's data files. */
export const BUILTIN_INTENTS: { name: string; labelZh: string; labelEn: string; description: string }[] = [
  { name: "order_query", labelZh: "订单查询", labelEn: "Order status", description: "Where is my order, order details, order status." },
  { name: "logistics_query", labelZh: "物流查询", labelEn: "Shipping & tracking", description: "Delivery progress, tracking numbers, couriers." },
  { name: "return_refund", labelZh: "退换货/退款", labelEn: "Returns & refunds", description: "Return, exchange or refund an item." },
  { name: "cancel_order", labelZh: "取消订单", labelEn: "Cancel order", description: "Cancel an order before it ships." },
  { name: "payment_issue", labelZh: "支付问题", labelEn: "Payment issue", description: "Failed payments, double charges, payment methods." },
  { name: "invoice", labelZh: "发票", labelEn: "Invoice", description: "Issue, correct or send an invoice (发票)." },
  { name: "account", labelZh: "账户/登录", labelEn: "Account & sign-in", description: "Sign-in problems, passwords, phone number, account settings." },
  { name: "product_inquiry", labelZh: "商品咨询", labelEn: "Product question", description: "Sizes, stock, specifications, usage of a product." },
  { name: "promotion", labelZh: "优惠活动", labelEn: "Promotions", description: "Coupons, discounts, sales events." },
  { name: "complaint", labelZh: "投诉", labelEn: "Complaint", description: "Dissatisfaction with service, product or delivery." },
  { name: "human_agent", labelZh: "转人工", labelEn: "Human agent", description: "The customer asks for a person." },
  { name: "greeting", labelZh: "问候", labelEn: "Greeting", description: "Hello, are you there." },
  { name: "thanks_goodbye", labelZh: "感谢/再见", labelEn: "Thanks & goodbye", description: "Thanks, that's all, bye." },
  { name: "other", labelZh: "其他", labelEn: "Other", description: "Anything else; also the fallback below the confidence threshold." },
];
