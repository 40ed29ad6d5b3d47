/**
 * What a process needs to know to decide whether its in-memory model, KB index or settings are
 * stale. Read with one cheap query, at most once per `checkIntervalMs`.
 */
export type NluStamp = { modelVersion: number | null; kbRevision: number; settingsJson: string };

export type LoadedModel<U> = { version: number; understander: U };
export type LoadedKb<K> = { revision: number; index: K };

export type ModelHolderSource<U, K> = {
  readStamp(): Promise<NluStamp>;
  /** Builds the understander of the active model; trains and activates v1 when there is none. */
  loadModel(stamp: NluStamp): Promise<LoadedModel<U>>;
  loadKb(stamp: NluStamp): Promise<LoadedKb<K>>;
};

export type HolderSnapshot<U, K> = { model: LoadedModel<U>; kb: LoadedKb<K>; settingsJson: string };

/**
 * The process-wide holder of the active understander and KB index. Readers take a snapshot and
 * finish on it; a swap is one reference assignment, so an in-flight parse never sees half a model.
 * Other processes' changes (retrain, rollback, KB edits, settings) are picked up by comparing the
 * stamp, checked lazily and at most once per interval so parses stay cheap.
 */
export class ModelHolder<U, K> {
  private snapshot: HolderSnapshot<U, K> | null = null;
  private lastCheck = Number.NEGATIVE_INFINITY;
  private refreshing: Promise<HolderSnapshot<U, K>> | null = null;
  private modelGeneration = 0;
  private kbGeneration = 0;

  constructor(
    private readonly source: ModelHolderSource<U, K>,
    private readonly options: { checkIntervalMs?: number; now?: () => number } = {},
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  async current(): Promise<HolderSnapshot<U, K>> {
    const interval = this.options.checkIntervalMs ?? 1000;
    if (this.snapshot && this.now() - this.lastCheck < interval) return this.snapshot;
    this.refreshing ??= this.refresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** The last loaded snapshot without any check (null before the first load). */
  peek(): HolderSnapshot<U, K> | null {
    return this.snapshot;
  }

  /** Called by this process after it activated a model, so its own parses switch at once. */
  installModel(model: LoadedModel<U>, settingsJson?: string): void {
    this.modelGeneration += 1;
    if (!this.snapshot) return;
    this.snapshot = { ...this.snapshot, model, settingsJson: settingsJson ?? this.snapshot.settingsJson };
  }

  installKb(kb: LoadedKb<K>): void {
    this.kbGeneration += 1;
    if (!this.snapshot) return;
    this.snapshot = { ...this.snapshot, kb };
  }

  /** Forces the next `current()` to compare stamps (after a local settings or rollback change). */
  invalidate(): void {
    this.lastCheck = Number.NEGATIVE_INFINITY;
  }

  private async refresh(): Promise<HolderSnapshot<U, K>> {
    const generations = [this.modelGeneration, this.kbGeneration];
    const stamp = await this.source.readStamp();
    const previous = this.snapshot;
    const modelStale =
      !previous || previous.model.version !== stamp.modelVersion || previous.settingsJson !== stamp.settingsJson;
    const kbStale = !previous || previous.kb.revision !== stamp.kbRevision;
    if (previous && !modelStale && !kbStale) {
      this.lastCheck = this.now();
      return previous;
    }
    const [model, kb] = await Promise.all([
      modelStale || !previous ? this.source.loadModel(stamp) : previous.model,
      kbStale || !previous ? this.source.loadKb(stamp) : previous.kb,
    ]);
    // A local install that landed while we were loading is newer than what we read: keep it.
    const latest = this.snapshot;
    const installedModel = latest && generations[0] !== this.modelGeneration;
    const installedKb = latest && generations[1] !== this.kbGeneration;
    const next: HolderSnapshot<U, K> = {
      model: installedModel ? latest.model : model,
      kb: installedKb ? latest.kb : kb,
      settingsJson: installedModel ? latest.settingsJson : stamp.settingsJson,
    };
    this.snapshot = next;
    this.lastCheck = this.now();
    return next;
  }
}
