type Schema = Record<string, unknown>;

export type SchemaRow = { name: string; type: string; required: boolean; description?: string; constraints: string[] };

/** Follows a local `#/components/schemas/X` reference of the document. */
export function resolveRef(schema: unknown, components: Record<string, unknown>): Schema {
  const value = (schema ?? {}) as Schema;
  const ref = typeof value.$ref === "string" ? value.$ref : null;
  if (!ref) return value;
  return (components[ref.replace("#/components/schemas/", "")] ?? {}) as Schema;
}

function typeOf(schema: Schema): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  if ("const" in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.anyOf)) return schema.anyOf.map((inner) => typeOf(inner as Schema)).join(" | ");
  if (schema.type === "array") return `${typeOf((schema.items ?? {}) as Schema)}[]`;
  if (Array.isArray(schema.type)) return schema.type.join(" | ");
  return typeof schema.type === "string" ? schema.type : "any";
}

function constraintsOf(schema: Schema): string[] {
  const out: string[] = [];
  if (typeof schema.minLength === "number") out.push(`≥ ${schema.minLength} chars`);
  if (typeof schema.maxLength === "number") out.push(`≤ ${schema.maxLength} chars`);
  // z.int() emits the safe-integer range as bounds; that is the type, not a constraint worth a note.
  if (typeof schema.minimum === "number" && schema.minimum > Number.MIN_SAFE_INTEGER) out.push(`≥ ${schema.minimum}`);
  if (typeof schema.maximum === "number" && schema.maximum < Number.MAX_SAFE_INTEGER) out.push(`≤ ${schema.maximum}`);
  return out;
}

/** Flattens an object schema into dotted field rows (`customer.id`, `replies[].text`) for a table. */
export function schemaRows(schema: Schema, prefix = "", depth = 0): SchemaRow[] {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const rows: SchemaRow[] = [];
  for (const [key, property] of Object.entries(properties)) {
    const name = prefix ? `${prefix}.${key}` : key;
    rows.push({
      name,
      type: property.type === "object" && property.properties ? "object" : typeOf(property),
      required: required.has(key),
      description: typeof property.description === "string" ? property.description : undefined,
      constraints: constraintsOf(property),
    });
    if (depth > 3) continue;
    if (property.type === "object" && property.properties) rows.push(...schemaRows(property, name, depth + 1));
    const items = property.items as Schema | undefined;
    if (property.type === "array" && items?.type === "object") rows.push(...schemaRows(items, `${name}[]`, depth + 1));
  }
  return rows;
}
