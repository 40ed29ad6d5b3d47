import { DomainError } from "../../errors";
import { jsonResponse } from "../api-error";
import type { Endpoint } from "../endpoint";
import { readJsonBody } from "../read-json-body";

/** POST /api/v1/experiments/analyze: stateless statistics over summary numbers. */
export const postExperimentsAnalyze: Endpoint = {
  method: "POST",
  auth: "channel_or_session",
  async handle(ctx) {
    const experiments = ctx.deps.experiments;
    if (!experiments) throw new DomainError("not_found", "Experiment analysis is not available in this build.");
    const input: unknown = experiments.requestSchema.parse(await readJsonBody(ctx.request));
    return jsonResponse(await experiments.analyze(input as never));
  },
};
