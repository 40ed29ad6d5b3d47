import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildOpenApiDocument } from "./openapi";
import { messageRequestSchema } from "./schemas";

describe("buildOpenApiDocument", () => {
  it("describes every v1 path from the validating schemas, as OpenAPI 3.1", () => {
    const document = buildOpenApiDocument({ analysisRequestSchema: z.object({ variations: z.array(z.object({ users: z.number() })) }) });
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual([
      "/api/v1/messages",
      "/api/v1/conversations/{id}/messages",
      "/api/v1/events",
      "/api/v1/nlu/parse",
      "/api/v1/experiments/analyze",
    ]);
    const request = document.components.schemas.MessageRequest as { required: string[]; examples: unknown[] };
    expect(request.required).toEqual(["messageId", "customer", "text"]);
    expect(messageRequestSchema.safeParse(request.examples[0]).success).toBe(true);
    expect(document.components.schemas.AnalysisRequest).toMatchObject({ type: "object" });
    expect(() => JSON.parse(JSON.stringify(document))).not.toThrow();
  });
});
