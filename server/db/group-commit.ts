import type { ControlledTransaction, Kysely, Transaction } from "kysely";
import type { Database } from "./schema";

type Write = (trx: Transaction<Database>) => Promise<void>;
type Job = { write: Write; resolve: () => void; reject: (error: unknown) => void };

/**
 * Group commit: writes queued in the same moment share one SQLite transaction, each inside its own
 * savepoint. Every write stays atomic (a failing one rolls back to its savepoint alone) and is
 * durable before its promise resolves, but the commit, the expensive part of a small write, is
 * paid once per batch instead of once per write. Under load (100 conversations at once) this is
 * what keeps the runtime near the database's ceiling; a lone write commits at once.
 */
export class GroupCommitter {
  private pending: Job[] = [];
  private flushing = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly maxBatch = 256,
  ) {}

  run(write: Write): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ write, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) await this.flush(this.pending.splice(0, this.maxBatch));
    this.flushing = false;
  }

  private async flush(batch: Job[]): Promise<void> {
    const failures = new Map<Job, unknown>();
    let trx: ControlledTransaction<Database> | null = null;
    try {
      trx = await this.db.startTransaction().execute();
      for (const [index, job] of batch.entries()) {
        const name = `write_${index}`;
        const savepoint = await trx.savepoint(name).execute();
        try {
          await job.write(savepoint);
          await savepoint.releaseSavepoint(name).execute();
        } catch (error) {
          await savepoint.rollbackToSavepoint(name).execute();
          failures.set(job, error);
        }
      }
      await trx.commit().execute();
    } catch (error) {
      if (trx) await trx.rollback().execute().catch(() => undefined);
      for (const job of batch) job.reject(error);
      return;
    }
    for (const job of batch) {
      if (failures.has(job)) job.reject(failures.get(job));
      else job.resolve();
    }
  }
}
