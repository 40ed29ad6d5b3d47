import type { Kysely, Transaction } from "kysely";
import type { CustomerContext } from "../../flows";
import type { AppContext } from "../app-context";
import type { Database } from "../db/schema";

// The runtime's view of the experiments domain. Until that domain lands no experiment runs: every
// customer takes the control and nothing is exposed. The experiments engineer replaces the bodies
// (GrowthBook SDK assignment), keeping these signatures.

export type ExperimentSubject = { customer: CustomerContext; channelId: string; channelKind: string };
export type Exposure = { experimentKey: string; phase: number; variation: string };
/** A running experiment on a script key swaps the text (or the key) the customer gets. */
export type ScriptOverride = { text?: string; scriptKey?: string; exposure: Exposure | null; variation: string; experimentKey: string };

export type ExperimentPort = {
  /** Variation of an `experiment_split` node; `null` when the customer is not in the experiment. */
  assign(app: AppContext, subject: ExperimentSubject, experimentKey: string, variations: readonly string[]): Promise<{ variation: string | null; exposure: Exposure | null }>;
  /** The variant a customer gets for a script key that an experiment runs on, or null. */
  scriptOverride(app: AppContext, subject: ExperimentSubject, scriptKey: string): Promise<ScriptOverride | null>;
  /** Called inside the turn's transaction with the exposures the turn produced (first exposures only). */
  persistExposures(trx: Transaction<Database> | Kysely<Database>, subject: ExperimentSubject, exposures: readonly Exposure[], at: string): Promise<void>;
};

export const experimentPort: ExperimentPort = {
  assign: async () => ({ variation: null, exposure: null }),
  scriptOverride: async () => null,
  persistExposures: async () => undefined,
};
