import { randomUUID } from "node:crypto";
import type { AppContext } from "../app-context";
import type { Actor } from "../auth/audit";
import { memoService } from "../services";
import { nluHolder, readNluStamp, understanderForModel } from "./service";
import { accuracySummary } from "./service-metrics";
import { trainAndActivate } from "./service-training";

export type RetrainState = "queued" | "training" | "evaluating" | "done" | "failed";

export type RetrainJob = {
  id: string;
  state: RetrainState;
  /** 0..1 over the whole job. */
  progress: number;
  requestedBy: string | null;
  startedAt: string;
  finishedAt: string | null;
  version: number | null;
  accuracy: { overall: number; byLocale: Record<string, number> } | null;
  durationMs: number | null;
  error: string | null;
};

type JobStore = { jobs: Map<string, RetrainJob>; running: RetrainJob | null };

const KEEP_JOBS = 20;

function jobStore(app: AppContext): JobStore {
  return memoService(app, "nlu.retrain", () => ({ jobs: new Map(), running: null }));
}

/**
 * Starts a retrain off the request path and returns at once; a retrain already under way is
 * returned instead of starting a second one (both would train the same phrases).
 */
export function startRetrain(app: AppContext, actor: Actor): RetrainJob {
  const store = jobStore(app);
  if (store.running) return { ...store.running };
  const job: RetrainJob = {
    id: randomUUID(),
    state: "queued",
    progress: 0,
    requestedBy: actor?.email ?? null,
    startedAt: new Date().toISOString(),
    finishedAt: null,
    version: null,
    accuracy: null,
    durationMs: null,
    error: null,
  };
  store.jobs.set(job.id, job);
  store.running = job;
  for (const id of [...store.jobs.keys()].slice(0, Math.max(0, store.jobs.size - KEEP_JOBS))) store.jobs.delete(id);
  setImmediate(() => void runJob(app, actor, job, store));
  return { ...job };
}

export function getRetrainJob(app: AppContext, id: string): RetrainJob | undefined {
  const job = jobStore(app).jobs.get(id);
  return job ? { ...job } : undefined;
}

export function getRunningRetrain(app: AppContext): RetrainJob | null {
  const running = jobStore(app).running;
  return running ? { ...running } : null;
}

async function runJob(app: AppContext, actor: Actor, job: RetrainJob, store: JobStore): Promise<void> {
  try {
    const trained = await trainAndActivate(app.db, actor, {
      onPhase: (phase, fraction) => {
        job.state = phase;
        job.progress = phase === "training" ? 0.1 : 0.2 + 0.75 * fraction;
      },
    });
    const stamp = await readNluStamp(app.db);
    // One reference assignment: parses already running finish on the previous understander.
    nluHolder(app).installModel(
      { version: trained.version, understander: understanderForModel(trained.modelJson, stamp.settingsJson) },
      stamp.settingsJson,
    );
    Object.assign(job, {
      state: "done",
      progress: 1,
      version: trained.version,
      accuracy: accuracySummary(trained.metrics),
      durationMs: trained.durationMs,
    });
  } catch (error) {
    Object.assign(job, { state: "failed", error: error instanceof Error ? error.message : String(error) });
  } finally {
    job.finishedAt = new Date().toISOString();
    store.running = null;
  }
}
