import { useEffect, useRef, useState } from "react";
import type { FlowDefinition } from "../../../flows";
import { trpc } from "~/utils/trpc";

export type SaveState = "saved" | "pending" | "saving" | "conflict" | "error";

/** Saves the draft a second after the last edit, with the revision it was based on; a conflict stops it. */
export function useAutosave(flowId: string, definition: FlowDefinition, initialRevision: number, enabled: boolean) {
  const [revision, setRevision] = useState(initialRevision);
  const [state, setState] = useState<SaveState>("saved");
  const [error, setError] = useState<string | null>(null);
  const lastSaved = useRef(JSON.stringify(definition));
  const save = trpc.flows.saveDraft.useMutation();
  const json = JSON.stringify(definition);

  useEffect(() => {
    if (!enabled || state === "conflict" || json === lastSaved.current) return;
    setState("pending");
    const timer = setTimeout(() => {
      setState("saving");
      save.mutate(
        { id: flowId, draft: definition, baseRevision: revision },
        {
          onSuccess: (result) => { lastSaved.current = json; setRevision(result.revision); setState("saved"); setError(null); },
          onError: (e) => { setState(e.data?.code === "CONFLICT" ? "conflict" : "error"); setError(e.message); },
        },
      );
    }, 1000);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the JSON string stands for the definition
  }, [json, enabled, state === "conflict"]);

  return { revision, state: json !== lastSaved.current && state === "saved" ? "pending" : state, error, markSaved: (rev: number) => { lastSaved.current = json; setRevision(rev); setState("saved"); } };
}
