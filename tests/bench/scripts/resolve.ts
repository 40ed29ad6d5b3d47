// Script resolution throughput: 10k scripts with varied variant sets, random key × tier × emotion ×
// locale queries (Map lookup + resolveScript), one core. Run: npx tsx tests/bench/scripts/resolve.ts
import { CUSTOMER_EMOTIONS, CUSTOMER_LOCALES, CUSTOMER_TIERS, SCRIPT_EMOTIONS, SCRIPT_LOCALES, SCRIPT_TIERS, type ScriptContent, type ScriptVariant } from "../../../server/scripts/model";
import { type ResolveQuery, resolveScript } from "../../../server/scripts/resolve";

const SCRIPTS = 10_000;
const SECONDS = 3;
let seed = 12345;
const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

// Shapes seen in practice: generic only, generic per locale, demo-like (vip + emotions), and dense.
function variantsFor(i: number): ScriptVariant[] {
  const out = new Map<string, ScriptVariant>();
  const add = (tier: ScriptVariant["tier"], emotion: ScriptVariant["emotion"], locale: ScriptVariant["locale"]) =>
    out.set(`${tier}/${emotion}/${locale}`, { tier, emotion, locale, text: `script ${i} ${tier}/${emotion}/${locale} {{customer.name}}` });
  const shape = i % 4;
  if (shape === 0) add("any", "any", pick(SCRIPT_LOCALES));
  if (shape >= 1) for (const locale of CUSTOMER_LOCALES) add("any", "any", locale);
  if (shape >= 2) for (const locale of CUSTOMER_LOCALES) for (const [t, e] of [["vip", "any"], ["any", "angry"], ["any", "anxious"], ["vip", "angry"]] as const) add(t, e, locale);
  if (shape === 3) for (let k = 0; k < 12; k += 1) add(pick(SCRIPT_TIERS), pick(SCRIPT_EMOTIONS), pick(SCRIPT_LOCALES));
  return [...out.values()];
}

const library = new Map<string, ScriptContent>();
for (let i = 0; i < SCRIPTS; i += 1) library.set(`bench.k${i}.reply`, { description: "", tags: [], channels: ["web"], variants: variantsFor(i) });
const keys = [...library.keys(), "bench.missing.key"];
const variantCount = [...library.values()].reduce((n, s) => n + s.variants.length, 0);

const QUERIES = 65_536;
const queries: { key: string; q: ResolveQuery }[] = Array.from({ length: QUERIES }, () => ({
  key: pick(keys),
  q: { tier: pick(CUSTOMER_TIERS), emotion: pick(CUSTOMER_EMOTIONS), locale: pick(CUSTOMER_LOCALES) },
}));

const outcome = { exact: 0, fallback: 0, miss: 0 };
for (const { key, q } of queries) {
  const r = resolveScript(library.get(key), q);
  outcome[r.ok ? (r.exact ? "exact" : "fallback") : "miss"] += 1;
}

let n = 0;
let sink = 0;
const start = performance.now();
const deadline = start + SECONDS * 1000;
while (performance.now() < deadline) {
  for (let i = 0; i < 4096; i += 1) {
    const { key, q } = queries[(n + i) & (QUERIES - 1)];
    const r = resolveScript(library.get(key), q);
    sink += r.ok ? r.fallbackPath.length : r.tried.length;
  }
  n += 4096;
}
const elapsed = (performance.now() - start) / 1000;
const rate = n / elapsed;
const pct = (x: number) => `${((x / QUERIES) * 100).toFixed(1)}%`;
console.log(`library: ${SCRIPTS} scripts, ${variantCount} variants (avg ${(variantCount / SCRIPTS).toFixed(1)} per script)`);
console.log(`query mix: exact ${pct(outcome.exact)}, fallback ${pct(outcome.fallback)}, miss ${pct(outcome.miss)}`);
console.log(`resolutions/s: ${Math.round(rate).toLocaleString("en")} (${((1e9 / rate) | 0)} ns each; ${n.toLocaleString("en")} in ${elapsed.toFixed(2)} s; checksum ${sink})`);
