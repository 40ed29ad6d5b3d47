import type { AppContext } from "../app-context";
import type { Actor } from "../auth/audit";
import { nluHolder, readNluStamp, understanderForModel } from "./service";
import { activateModelVersion } from "./service-intents";
import { saveNluSettings, type NluSettings } from "./service-settings";

/** Rollback (or roll forward) to a stored version; this process swaps at once, others within a second. */
export async function activateModel(app: AppContext, actor: Actor, version: number): Promise<{ version: number }> {
  const model = await activateModelVersion(app.db, actor, version);
  const stamp = await readNluStamp(app.db);
  nluHolder(app).installModel(
    { version: model.version, understander: understanderForModel(model.model_json, stamp.settingsJson) },
    stamp.settingsJson,
  );
  return { version: model.version };
}

/** New thresholds apply to the next parse: the holder rebuilds its understander on the stamp change. */
export async function updateNluSettings(app: AppContext, actor: Actor, settings: NluSettings): Promise<NluSettings> {
  const saved = await saveNluSettings(app.db, actor, settings);
  nluHolder(app).invalidate();
  return saved;
}
