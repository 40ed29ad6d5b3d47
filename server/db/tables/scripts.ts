export interface ScriptsTable {
  key: string;
  description: string;
  tags_json: string;
  channels_json: string;
  /** ScriptContent JSON of unpublished edits; null when the draft equals the published version. */
  draft_json: string | null;
  published_version: number | null;
  /** Bumped on every draft save: the editor's optimistic concurrency check. */
  revision: number;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
}

export interface ScriptVersionsTable {
  key: string;
  version: number;
  content_json: string;
  note: string;
  published_by: string | null;
  published_at: string;
}

export interface ScriptsTables {
  scripts: ScriptsTable;
  script_versions: ScriptVersionsTable;
}
