import { inputClass } from "~/components/ui/field";

export const small = `${inputClass} py-1 text-xs`;

export function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label className="block text-xs">
      <span className="mb-0.5 block font-medium text-slate-500">{label}</span>
      {children}
    </label>
  );
}

export function Text({ value, onChange, readOnly, mono, list, testId }: { value: string; onChange: (v: string) => void; readOnly: boolean; mono?: boolean; list?: string; testId?: string }) {
  return <input className={`${small} ${mono ? "font-mono" : ""}`} value={value} readOnly={readOnly} list={list} onChange={(e) => onChange(e.target.value)} data-testid={testId} />;
}

export function Num({ value, onChange, readOnly, min, max, step }: { value: number; onChange: (v: number) => void; readOnly: boolean; min?: number; max?: number; step?: number }) {
  return <input type="number" className={small} value={value} readOnly={readOnly} min={min} max={max} step={step} onChange={(e) => onChange(Number(e.target.value))} />;
}

export function Select<T extends string>({ value, options, onChange, readOnly, labels }: { value: T; options: readonly T[]; onChange: (v: T) => void; readOnly: boolean; labels?: Record<string, string> }) {
  return (
    <select className={small} value={value} disabled={readOnly} onChange={(e) => onChange(e.target.value as T)}>
      {options.map((o) => <option key={o} value={o}>{labels?.[o] ?? o}</option>)}
    </select>
  );
}

export function Check({ label, value, onChange, readOnly }: { label: string; value: boolean; onChange: (v: boolean) => void; readOnly: boolean }) {
  return <label className="flex items-center gap-1.5 text-xs text-slate-600"><input type="checkbox" checked={value} disabled={readOnly} onChange={(e) => onChange(e.target.checked)} />{label}</label>;
}

/** Lines of `left sep right` ↔ pairs, for mappings, assignments and ticket fields. */
export function Pairs({ value, sep, onChange, readOnly, placeholder }: { value: [string, string][]; sep: string; onChange: (v: [string, string][]) => void; readOnly: boolean; placeholder: string }) {
  return (
    <textarea
      className={`${small} min-h-16 font-mono`}
      readOnly={readOnly}
      placeholder={placeholder}
      defaultValue={value.map(([a, b]) => `${a} ${sep} ${b}`).join("\n")}
      onBlur={(e) => onChange(e.target.value.split("\n").map((line) => line.trim()).filter(Boolean).map((line) => { const i = line.indexOf(sep); return i < 0 ? [line.trim(), ""] : [line.slice(0, i).trim(), line.slice(i + sep.length).trim()]; }))}
    />
  );
}
