export { validateFlow, hasErrors, type FlowCatalog } from "./validate-flow";
export { PROBLEM_CODES, PROBLEM_DESCRIPTIONS, flowProblemSchema, type FlowProblem, type ProblemCode } from "./problems";
