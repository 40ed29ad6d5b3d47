/** A sparse, L2-normalised TF-IDF row: parallel index/value arrays. */
export type SparseRow = { idx: Int32Array; val: Float64Array };

/**
 * Maps feature strings to a TF-IDF row. Scratch buffers are allocated once per vocabulary, so the
 * parse hot path only allocates the two small output arrays (or none, with `vectorizeInto`).
 */
export class Vectorizer {
  private readonly stamp: Int32Array;
  private readonly slot: Int32Array;
  private generation = 0;
  private readonly bufIdx: Int32Array;
  private readonly bufVal: Float64Array;

  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly idf: Float64Array,
    maxFeaturesPerRow = 4096,
  ) {
    this.stamp = new Int32Array(idf.length);
    this.slot = new Int32Array(idf.length);
    this.bufIdx = new Int32Array(maxFeaturesPerRow);
    this.bufVal = new Float64Array(maxFeaturesPerRow);
  }

  /** Fills the internal buffers; returns the number of non-zeros (valid until the next call). */
  vectorizeInto(features: readonly string[]): { nnz: number; idx: Int32Array; val: Float64Array } {
    this.generation += 1;
    const gen = this.generation;
    let nnz = 0;
    for (const feature of features) {
      const j = this.index.get(feature);
      if (j === undefined) continue;
      if (this.stamp[j] === gen) {
        this.bufVal[this.slot[j]] += 1;
        continue;
      }
      if (nnz === this.bufIdx.length) break;
      this.stamp[j] = gen;
      this.slot[j] = nnz;
      this.bufIdx[nnz] = j;
      this.bufVal[nnz] = 1;
      nnz += 1;
    }
    let norm = 0;
    for (let k = 0; k < nnz; k += 1) {
      const v = (1 + Math.log(this.bufVal[k])) * this.idf[this.bufIdx[k]];
      this.bufVal[k] = v;
      norm += v * v;
    }
    if (norm > 0) {
      const inv = 1 / Math.sqrt(norm);
      for (let k = 0; k < nnz; k += 1) this.bufVal[k] *= inv;
    }
    return { nnz, idx: this.bufIdx, val: this.bufVal };
  }

  vectorize(features: readonly string[]): SparseRow {
    const { nnz, idx, val } = this.vectorizeInto(features);
    return { idx: idx.slice(0, nnz), val: val.slice(0, nnz) };
  }
}
