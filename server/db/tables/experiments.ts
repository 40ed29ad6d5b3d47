export interface ExperimentsTable {
  key: string;
  name: string;
  hypothesis: string;
  target_type: "script" | "flow";
  target_script_key: string | null;
  variations_json: string;
  coverage: number;
  condition_json: string;
  goal_metric: string;
  guardrails_json: string;
  conversion_window_hours: number;
  analysis_json: string;
  status: "draft" | "running" | "stopped";
  phase: number;
  started_at: string | null;
  stopped_at: string | null;
  decision_json: string | null;
  owner_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ExperimentPhasesTable {
  experiment_key: string;
  phase: number;
  variations_json: string;
  coverage: number;
  reason: string;
  started_at: string;
  ended_at: string | null;
}

export interface ExperimentExposuresTable {
  experiment_key: string;
  phase: number;
  customer_id: string;
  variation: number;
  exposed_at: string;
  day: string;
  channel_kind: string;
  tier: string;
  locale: string;
  values_json: string;
}

export interface ExperimentTotalsTable {
  experiment_key: string;
  phase: number;
  variation: number;
  metric: string;
  day: string;
  users: number;
  n: number;
  sum: number;
  sum_squares: number;
}

export interface ExperimentsTables {
  experiments: ExperimentsTable;
  experiment_phases: ExperimentPhasesTable;
  experiment_exposures: ExperimentExposuresTable;
  experiment_totals: ExperimentTotalsTable;
}
