import { z } from "zod";

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** Query params of the audit viewer; empty form fields mean "no filter". */
export const auditQuerySchema = z.object({
  userId: z.preprocess(blankToUndefined, z.string().uuid().optional()),
  entityType: z.preprocess(blankToUndefined, z.string().max(60).optional()),
  from: z.preprocess(blankToUndefined, z.iso.date().optional()),
  to: z.preprocess(blankToUndefined, z.iso.date().optional()),
  cursor: z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional()),
});
