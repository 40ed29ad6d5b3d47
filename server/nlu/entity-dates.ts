import { matchAll, parseNumber, ZH_NUMBER, type Candidate } from "./entity-candidates";

const DAY_MS = 86_400_000;
const ZH_RELATIVE: Record<string, number> = { 大前天: -3, 前天: -2, 昨天: -1, 昨日: -1, 昨儿: -1, 今天: 0, 今日: 0, 今儿: 0, 明天: 1, 明日: 1, 明儿: 1, 后天: 2, 大后天: 3 };
const EN_RELATIVE: Record<string, number> = { "the day before yesterday": -2, "day before yesterday": -2, yesterday: -1, today: 0, tonight: 0, tomorrow: 1, "the day after tomorrow": 2, "day after tomorrow": 2 };
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAYS_ZH = "一二三四五六日天";
const WEEKDAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

const ZH_REL = /大前天|大后天|前天|昨天|昨日|昨儿|今天|今日|今儿|明天|明日|明儿|后天/g;
const ZH_AGO = new RegExp(String.raw`(\d+|${ZH_NUMBER})\s?天(以前|之前|前|以后|之后|后)`, "g");
const ZH_MD = /(?:(\d{4})\s?年\s?)?(\d{1,2})\s?月\s?(\d{1,2})\s?[日号]/g;
const ZH_WEEK = /(上上|上|这|本|下)?(?:个)?(?:周|星期|礼拜)([一二三四五六日天])/g;
const ISO = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;
const SLASH = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?![\d/])/g;
const EN_REL = /\b(?:the day before yesterday|day before yesterday|the day after tomorrow|day after tomorrow|yesterday|today|tonight|tomorrow)\b/gi;
const EN_AGO = /\b(\d+|a|one|two|three|four|five|six|seven|ten) days? ago\b/gi;
const EN_MD = new RegExp(String.raw`\b${MONTH}\s(\d{1,2})(?:st|nd|rd|th)?(?:,?\s(\d{4}))?\b`, "gi");
const EN_DM = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?${MONTH}(?:,?\s(\d{4}))?\b`, "gi");
const EN_WEEK = /\b(last|this|next|on)\s(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
const EN_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 };

/** Calendar date of the reference as a UTC-midnight timestamp (Date → its local date, string → as written). */
export function referenceDay(reference: Date | string | undefined): number {
  if (typeof reference === "string") {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(reference);
    if (m) return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  }
  const d = reference instanceof Date ? reference : new Date();
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
}

export function dateCandidates(text: string, ref: number, priority: number): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, day: number | null) => {
    if (day !== null) out.push({ type: "date", start, end, normalized: new Date(day).toISOString().slice(0, 10), priority });
  };
  for (const { start, end, match } of matchAll(text, ZH_REL)) push(start, end, ref + ZH_RELATIVE[match[0]] * DAY_MS);
  for (const { start, end, match } of matchAll(text, ZH_AGO)) {
    const n = parseNumber(match[1]);
    if (n !== null) push(start, end, ref + (match[2].endsWith("前") ? -n : n) * DAY_MS);
  }
  for (const { start, end, match } of matchAll(text, ZH_MD)) push(start, end, calendar(ref, match[1], Number(match[2]), Number(match[3])));
  for (const { start, end, match } of matchAll(text, ZH_WEEK)) {
    const weekday = WEEKDAYS_ZH.indexOf(match[2]);
    push(start, end, weekdayDate(ref, Math.min(weekday, 6), match[1] ?? ""));
  }
  for (const { start, end, match } of matchAll(text, ISO)) push(start, end, calendar(ref, match[1], Number(match[2]), Number(match[3])));
  for (const { start, end, match } of matchAll(text, SLASH)) push(start, end, calendar(ref, undefined, Number(match[1]), Number(match[2])));
  for (const { start, end, match } of matchAll(text, EN_REL)) push(start, end, ref + EN_RELATIVE[match[0].toLowerCase()] * DAY_MS);
  for (const { start, end, match } of matchAll(text, EN_AGO)) {
    const n = EN_WORDS[match[1].toLowerCase()] ?? Number(match[1]);
    push(start, end, ref - n * DAY_MS);
  }
  for (const { start, end, match } of matchAll(text, EN_MD)) push(start, end, calendar(ref, match[3], monthOf(match[1]), Number(match[2])));
  for (const { start, end, match } of matchAll(text, EN_DM)) push(start, end, calendar(ref, match[3], monthOf(match[2]), Number(match[1])));
  for (const { start, end, match } of matchAll(text, EN_WEEK)) {
    const which = match[1].toLowerCase();
    push(start, end, weekdayDate(ref, WEEKDAYS_EN.indexOf(match[2].toLowerCase()), which === "next" ? "下" : which === "this" ? "这" : ""));
  }
  return out;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** A month/day without a year is the most recent one: customers talk about past orders, not next year's. */
function calendar(ref: number, year: string | undefined, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const refYear = new Date(ref).getUTCFullYear();
  let y = year ? Number(year) : refYear;
  let t = Date.UTC(y, month - 1, day);
  if (new Date(t).getUTCDate() !== day) return null;
  if (!year && t - ref > 60 * DAY_MS) {
    y -= 1;
    t = Date.UTC(y, month - 1, day);
  }
  return t;
}

/** weekday 0 = Monday. "上" = last week, "这/本" = this week, "下" = next week, "" = the latest past one. */
function weekdayDate(ref: number, weekday: number, which: string): number {
  const refWeekday = (new Date(ref).getUTCDay() + 6) % 7;
  const monday = ref - refWeekday * DAY_MS;
  if (which === "上") return monday - 7 * DAY_MS + weekday * DAY_MS;
  if (which === "上上") return monday - 14 * DAY_MS + weekday * DAY_MS;
  if (which === "下") return monday + 7 * DAY_MS + weekday * DAY_MS;
  if (which === "这" || which === "本") return monday + weekday * DAY_MS;
  const back = (refWeekday - weekday + 7) % 7;
  return ref - back * DAY_MS;
}
