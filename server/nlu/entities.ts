import { amountCandidates } from "./entity-amounts";
import { halfWidth, matchAll, resolveOverlaps, type Candidate } from "./entity-candidates";
import { dateCandidates, referenceDay } from "./entity-dates";
import type { Entity } from "./types";

export type EntityOptions = { /** "today" for relative dates; a Date (its local calendar day) or "YYYY-MM-DD". */ referenceDate?: Date | string };

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const TRACKING_PREFIX = "SF|YTO|YT|JDV|JDX|JD|ZTO|YD|STO|EMS|JT|DPK|DB|ZJS|HTKY|BEST|UPS|DHL|TNT|FDX";
const TRACKING = new RegExp(String.raw`(?<![A-Za-z0-9])(?:${TRACKING_PREFIX})\d{9,15}(?![A-Za-z0-9])`, "gi");
const TRACKING_CONTEXT = /(?:运单|快递单|物流单|面单|tracking)(?:号|号码| number| no\.?| #)?\s*(?:是|为|:|：|#)?\s*([A-Za-z]{0,4}\d{9,20})(?![A-Za-z0-9])/gi;
const ORDER_CONTEXT = /(?:订单|单号|order)(?:号|号码|编号| number| no\.?| id| #)?\s*(?:是|为|:|：|#)?\s*([A-Za-z]{0,4}\d{6,20})(?![A-Za-z0-9])/gi;
const ORDER_CODE = /(?<![A-Za-z0-9])[A-Za-z]{1,4}\d{8,20}(?![A-Za-z0-9])/g;
const ORDER_DIGITS = /(?<![\d+])\d{12,20}(?!\d)/g;
const MOBILE = /(?<![\d+])(?:\+?86[\s-]?)?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)/g;
const LANDLINE = /(?<![\d+])(?:\((0\d{2,3})\)\s?|(0\d{2,3})[\s-])(\d{7,8})(?!\d)/g;
const HOTLINE = /(?<![\d+])([48]00)[\s-]?(\d{3})[\s-]?(\d{4})(?!\d)/g;
const INTERNATIONAL = /\+(?!86)\d{1,3}(?:[\s-]?\(?\d{1,4}\)?)(?:[\s-]?\d{2,4}){2,4}(?!\d)/g;

// Lower wins an overlap: an explicit context ("运单号 …") beats a bare pattern; codes beat phones.
const P = { email: 0, trackingContext: 1, tracking: 2, orderContext: 3, phone: 4, orderCode: 5, orderDigits: 6, date: 7, amount: 8 };

/** Order and tracking numbers, phones, e-mails, amounts and dates, with offsets into `text` (UTF-16, end exclusive). */
export function extractEntities(text: string, options: EntityOptions = {}): Entity[] {
  const t = halfWidth(text);
  const out: Candidate[] = [];
  for (const { start, end } of matchAll(t, EMAIL)) out.push({ type: "email", start, end, normalized: t.slice(start, end).toLowerCase(), priority: P.email });
  for (const { start, end } of matchAll(t, TRACKING_CONTEXT, 1)) out.push(code("tracking_number", t, start, end, P.trackingContext));
  for (const { start, end } of matchAll(t, TRACKING)) out.push(code("tracking_number", t, start, end, P.tracking));
  for (const { start, end } of matchAll(t, ORDER_CONTEXT, 1)) out.push(code("order_number", t, start, end, P.orderContext));
  for (const { start, end } of matchAll(t, ORDER_CODE)) out.push(code("order_number", t, start, end, P.orderCode));
  for (const { start, end } of matchAll(t, ORDER_DIGITS)) out.push(code("order_number", t, start, end, P.orderDigits));
  for (const { start, end, match } of matchAll(t, MOBILE)) out.push({ type: "phone", start, end, normalized: match[1] + match[2] + match[3], priority: P.phone });
  for (const { start, end, match } of matchAll(t, LANDLINE)) out.push({ type: "phone", start, end, normalized: `${match[1] ?? match[2]}-${match[3]}`, priority: P.phone });
  for (const { start, end, match } of matchAll(t, HOTLINE)) out.push({ type: "phone", start, end, normalized: match[1] + match[2] + match[3], priority: P.phone });
  for (const { start, end, match } of matchAll(t, INTERNATIONAL)) out.push({ type: "phone", start, end, normalized: `+${match[0].replace(/\D/g, "")}`, priority: P.phone });
  out.push(...dateCandidates(t, referenceDay(options.referenceDate), P.date));
  out.push(...amountCandidates(t, P.amount));
  return resolveOverlaps(out).map(({ type, start, end, normalized }) => ({ type, value: text.slice(start, end), start, end, ...(normalized === undefined ? {} : { normalized }) }));
}

function code(type: "order_number" | "tracking_number", t: string, start: number, end: number, priority: number): Candidate {
  return { type, start, end, normalized: t.slice(start, end).toUpperCase(), priority };
}
