import type { Kysely } from "kysely";
import type { FlowCatalog } from "../../flows";
import type { Database } from "../db/schema";
import { allContents } from "../scripts/repository";

export type CatalogView = {
  scriptKeys: string[];
  connections: string[];
  skillGroups: { id: string; name_zh: string; name_en: string }[];
  intents: string[];
  experiments: { key: string; variations: string[]; scriptKey: string | null }[];
  channels: { id: string; name: string; kind: string }[];
  /** The generic zh-CN / en text of each script, for the designer's pickers. */
  scriptPreviews: Record<string, string>;
};

/** What flows may refer to, read from the other domains' tables (the designer's pickers and the validator). */
export async function readCatalog(db: Kysely<Database>): Promise<CatalogView> {
  const [scripts, connections, skillGroups, intents, channels, contents, experiments] = await Promise.all([
    db.selectFrom("scripts").select("key").where("published_version", "is not", null).orderBy("key").execute(),
    db.selectFrom("connections").select("name").orderBy("name").execute(),
    db.selectFrom("skill_groups").select(["id", "name_zh", "name_en"]).orderBy("created_at").execute(),
    db.selectFrom("intents").select("name").orderBy("name").execute(),
    db.selectFrom("channels").select(["id", "name", "kind"]).where("disabled", "=", 0).orderBy("created_at").execute(),
    allContents(db, false),
    db.selectFrom("experiments").select(["key", "variations_json", "target_script_key"]).where("status", "!=", "stopped").orderBy("key").execute(),
  ]);
  const scriptPreviews: Record<string, string> = {};
  for (const [key, content] of contents) {
    const generic = (locale: string) => content.variants.find((v) => v.tier === "any" && v.emotion === "any" && v.locale === locale)?.text;
    scriptPreviews[key] = [generic("zh-CN"), generic("en")].filter(Boolean).join(" / ").slice(0, 160);
  }
  // The inspector's preview says when an experiment tests the script's wording.
  for (const row of experiments) if (row.target_script_key && scriptPreviews[row.target_script_key] !== undefined) scriptPreviews[row.target_script_key] += ` · A/B: ${row.key}`;
  return {
    scriptKeys: scripts.map((row) => row.key),
    connections: connections.map((row) => row.name),
    skillGroups,
    intents: intents.map((row) => row.name),
    // Draft and running experiments: `experiment_split` nodes name one, with an edge per variation key.
    experiments: experiments.map((row) => ({ key: row.key, variations: (JSON.parse(row.variations_json) as { key: string }[]).map((v) => v.key), scriptKey: row.target_script_key })),
    channels,
    scriptPreviews,
  };
}

export function toFlowCatalog(view: CatalogView): FlowCatalog {
  return {
    scriptKeys: new Set(view.scriptKeys),
    connections: new Set(view.connections),
    skillGroups: new Set(view.skillGroups.map((group) => group.id)),
    intents: new Set(view.intents),
    experiments: new Map(view.experiments.map((experiment) => [experiment.key, experiment.variations])),
  };
}
