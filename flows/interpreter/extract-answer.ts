import type { InputValidator } from "../schema/nodes";
import type { EntityType, FlowLocale, Understanding } from "../understanding";

type ChoiceOption = Extract<InputValidator, { kind: "choice" }>["options"][number];

export type Answer = { ok: true; value: string | number; text?: string } | { ok: false };

const NO: Answer = { ok: false };
const ORDER_NUMBER_ALONE = /^[A-Za-z]{0,4}\d{6,20}$/;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const NUMBER = /-?\d+(?:\.\d+)?/;

/**
 * Reads the answer an `ask` node wants out of a customer message. Entities found by the
 * understanding module come first (they know 订单号2024110812345678 inside a sentence); a bare
 * value typed on its own is the fallback.
 */
export function extractAnswer(validator: InputValidator, text: string, understanding: Understanding, locale: FlowLocale): Answer {
  const plain = toHalfWidth(text).trim();
  switch (validator.kind) {
    case "order_number": {
      const fromEntity = entityValue(understanding, "order_number");
      if (fromEntity) return { ok: true, value: fromEntity };
      const bare = plain.replace(/[\s#:：。.,，!！?？]/g, "");
      return ORDER_NUMBER_ALONE.test(bare) ? { ok: true, value: bare.toUpperCase() } : NO;
    }
    case "phone":
      return found(entityValue(understanding, "phone"));
    case "email":
      return found(entityValue(understanding, "email"));
    case "date": {
      const fromEntity = entityValue(understanding, "date");
      if (fromEntity) return { ok: true, value: fromEntity };
      const iso = ISO_DATE.exec(plain);
      return iso && isRealDate(iso[0]) ? { ok: true, value: iso[0] } : NO;
    }
    case "number": {
      const match = NUMBER.exec(plain.replace(/,(?=\d{3})/g, ""));
      if (!match) return NO;
      const value = Number(match[0]);
      if (validator.min !== undefined && value < validator.min) return NO;
      if (validator.max !== undefined && value > validator.max) return NO;
      return { ok: true, value };
    }
    case "choice":
      return matchChoice(validator.options, plain, locale);
    case "regex": {
      const match = new RegExp(validator.pattern, validator.flags).exec(plain);
      if (!match) return NO;
      return { ok: true, value: match[1] ?? match[0] };
    }
  }
}

/** Validators whose value can sensibly be taken from the message that started the flow. */
export function canUseTriggerMessage(validator: InputValidator): boolean {
  return validator.kind !== "number" && validator.kind !== "choice";
}

function entityValue(understanding: Understanding, type: EntityType): string | undefined {
  const entity = understanding.entities.find((e) => e.type === type);
  return entity ? (entity.normalized ?? entity.value) : undefined;
}

function found(value: string | undefined): Answer {
  return value === undefined ? NO : { ok: true, value };
}

/**
 * Exact match first, then the longest option word contained in the message, so that 不是 picks
 * "no" even though it contains 是.
 */
function matchChoice(options: ChoiceOption[], text: string, locale: FlowLocale): Answer {
  const said = normalizeWord(text);
  if (said === "") return NO;
  let best: { option: ChoiceOption; length: number } | null = null;
  for (const option of options) {
    for (const word of [option.value, ...option.synonyms].map(normalizeWord)) {
      if (word === "") continue;
      if (word === said) return choiceAnswer(option, locale);
      if (said.includes(word) && (!best || word.length > best.length)) best = { option, length: word.length };
    }
  }
  return best ? choiceAnswer(best.option, locale) : NO;
}

function choiceAnswer(option: ChoiceOption, locale: FlowLocale): Answer {
  return { ok: true, value: option.value, text: option.label[locale] ?? option.value };
}

function normalizeWord(text: string): string {
  return toHalfWidth(text).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, "");
}

/** Full-width digits and letters (１２３, ＡＢＣ) as typed by Chinese input methods. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}
