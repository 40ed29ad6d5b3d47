import type { Kysely } from "kysely";
import type { Actor } from "../auth/audit";
import { writeAudit } from "../auth/audit";
import { nowIso } from "../db/connection";
import type { Database } from "../db/schema";
import { DomainError } from "../errors";
import { getIntent, getModelByVersion, getPhrase, markActive } from "./repository";
import type { AddPhrasesInput, CreateIntentInput } from "./service-schemas";

export async function createIntent(db: Kysely<Database>, actor: Actor, input: CreateIntentInput) {
  return db.transaction().execute(async (trx) => {
    if (await getIntent(trx, input.name)) throw new DomainError("conflict", `The intent "${input.name}" already exists.`);
    const now = nowIso();
    const row = {
      name: input.name,
      label_zh: input.labelZh,
      label_en: input.labelEn,
      description: input.description,
      builtin: 0,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto("intents").values(row).execute();
    await writeAudit(trx, actor, {
      action: "nlu.intent.create",
      entityType: "intent",
      entityId: input.name,
      summary: `${input.labelZh} / ${input.labelEn}`,
      after: row,
    });
    return row;
  });
}

/** Adds the lines that are new for this intent and locale; existing ones are reported as skipped. */
export async function addPhrases(db: Kysely<Database>, actor: Actor, input: AddPhrasesInput) {
  return db.transaction().execute(async (trx) => {
    if (!(await getIntent(trx, input.intent))) throw new DomainError("not_found", `Unknown intent "${input.intent}".`);
    const now = nowIso();
    const inserted = await trx
      .insertInto("training_phrases")
      .values(input.text.map((text) => ({ intent: input.intent, locale: input.locale, text, source: "console" as const, created_at: now })))
      .onConflict((oc) => oc.columns(["intent", "locale", "text"]).doNothing())
      .returning("text")
      .execute();
    const added = inserted.map((row) => row.text);
    if (added.length > 0) {
      await trx.updateTable("intents").set({ updated_at: now }).where("name", "=", input.intent).execute();
      await writeAudit(trx, actor, {
        action: "nlu.phrases.add",
        entityType: "intent",
        entityId: input.intent,
        summary: `${added.length} ${input.locale} phrase(s)`,
        after: { locale: input.locale, phrases: added },
      });
    }
    return { added: added.length, skipped: input.text.length - added.length };
  });
}

export async function deletePhrase(db: Kysely<Database>, actor: Actor, id: number) {
  return db.transaction().execute(async (trx) => {
    const phrase = await getPhrase(trx, id);
    if (!phrase) throw new DomainError("not_found", "This phrase no longer exists.");
    await trx.deleteFrom("training_phrases").where("id", "=", id).execute();
    await writeAudit(trx, actor, {
      action: "nlu.phrase.delete",
      entityType: "intent",
      entityId: phrase.intent,
      summary: `${phrase.locale}: ${phrase.text}`,
      before: phrase,
    });
    return { deleted: id };
  });
}

/** Rollback: make a stored version the active one again (the caller swaps the in-memory model). */
export async function activateModelVersion(db: Kysely<Database>, actor: Actor, version: number) {
  return db.transaction().execute(async (trx) => {
    const model = await getModelByVersion(trx, version);
    if (!model) throw new DomainError("not_found", `Model v${version} does not exist.`);
    const previous = await trx.selectFrom("nlu_models").select("version").where("active", "=", 1).executeTakeFirst();
    await markActive(trx, version);
    await writeAudit(trx, actor, {
      action: "nlu.model.activate",
      entityType: "nlu_model",
      entityId: String(version),
      summary: `v${previous?.version ?? "-"} → v${version}`,
      before: { version: previous?.version ?? null },
      after: { version },
    });
    return model;
  });
}
