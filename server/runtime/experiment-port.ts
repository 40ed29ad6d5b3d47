import type { Kysely, Transaction } from "kysely";
import type { CustomerContext } from "../../flows";
import type { AppContext } from "../app-context";
import type { Database } from "../db/schema";
import { assignSplit, scriptOverrideFor } from "../experiments/assignment";
import { persistExposures } from "../experiments/tracking";

// The runtime's view of the experiments domain: assignment by the GrowthBook SDK, exposures and
// metric values written in the turn's transaction.

/** `forcedVariations` (experiment key → variation key) lets the simulator pick a variation. */
export type ExperimentSubject = { customer: CustomerContext; channelId: string; channelKind: string; forcedVariations?: Record<string, string> };
export type Exposure = { experimentKey: string; phase: number; variation: string };
/** A running experiment on a script key swaps the text (or the key) the customer gets. */
export type ScriptOverride = { text?: string; scriptKey?: string; exposure: Exposure | null; variation: string; experimentKey: string };

export type ExperimentPort = {
  /** Variation of an `experiment_split` node; `null` when the customer is not in the experiment. */
  assign(app: AppContext, subject: ExperimentSubject, experimentKey: string, variations: readonly string[]): Promise<{ variation: string | null; exposure: Exposure | null }>;
  /** The variant a customer gets for a script key that an experiment runs on, or null. */
  scriptOverride(app: AppContext, subject: ExperimentSubject, scriptKey: string): Promise<ScriptOverride | null>;
  /** Called inside the turn's transaction after its events, with the exposures the turn produced (possibly none). */
  persistExposures(app: AppContext, trx: Transaction<Database> | Kysely<Database>, subject: ExperimentSubject, exposures: readonly Exposure[], at: string): Promise<void>;
};

export const experimentPort: ExperimentPort = {
  assign: (app, subject, experimentKey, variations) => assignSplit(app, subject, experimentKey, variations),
  scriptOverride: (app, subject, scriptKey) => scriptOverrideFor(app, subject, scriptKey),
  persistExposures: (app, trx, subject, exposures, at) => persistExposures(app, trx, subject, exposures, at),
};
