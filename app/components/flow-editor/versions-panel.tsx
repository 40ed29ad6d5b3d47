import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { formatDateTime } from "~/utils/format";
import { trpc } from "~/utils/trpc";
import type { FlowDefinition } from "../../../flows";
import { small } from "./inspector-controls";

type Version = { id: string; version: number; note: string; publishedAt: string; publishedBy: string | null };
type Deployment = { channelScope: string; channelName: string | null; versionId: string; version: number };

/** Publish with a note to all channels or a pilot channel; history with compare, promote and roll back. */
export function VersionsPanel(props: {
  flowId: string; versions: Version[]; deployments: Deployment[]; channels: { id: string; name: string }[]; canEdit: boolean; hasErrors: boolean;
  onPublish: (note: string, scope: string) => Promise<void>; onChanged: () => void; onCompare: (definition: FlowDefinition | null) => void;
}) {
  const { t, i18n } = useTranslation("flows");
  const [note, setNote] = useState("");
  const [scope, setScope] = useState("*");
  const [comparing, setComparing] = useState<string | null>(null);
  const deploy = trpc.flows.deploy.useMutation({ onSuccess: props.onChanged });
  const utils = trpc.useUtils();
  const compare = async (versionId: string) => {
    if (comparing === versionId) { setComparing(null); props.onCompare(null); return; }
    const version = await utils.flows.version.fetch({ versionId });
    setComparing(versionId);
    props.onCompare(version.definition);
  };
  const scopeName = (s: string) => (s === "*" ? t("versions.allChannels") : props.channels.find((c) => c.id === s)?.name ?? s);
  return (
    <div className="space-y-3 text-xs">
      {props.canEdit ? (
        <div className="space-y-1.5 rounded-md border border-slate-200 p-2">
          <input className={small} value={note} placeholder={t("versions.note")} onChange={(e) => setNote(e.target.value)} data-testid="publish-note" />
          <select className={small} value={scope} onChange={(e) => setScope(e.target.value)} data-testid="publish-scope">
            <option value="*">{t("versions.allChannels")}</option>
            {props.channels.map((c) => <option key={c.id} value={c.id}>{t("versions.pilot", { name: c.name })}</option>)}
          </select>
          <Button variant="primary" size="sm" className="w-full" disabled={props.hasErrors || note.trim() === ""} onClick={() => void props.onPublish(note, scope).then(() => setNote(""))} data-testid="publish">{props.hasErrors ? t("versions.blocked") : t("versions.publish")}</Button>
        </div>
      ) : null}
      <div className="space-y-1">
        {props.deployments.map((d) => <p key={d.channelScope} className="text-slate-600">● {scopeName(d.channelScope)}: <span className="font-semibold">v{d.version}</span></p>)}
      </div>
      <ol className="space-y-1.5" data-testid="versions">
        {props.versions.map((v) => (
          <li key={v.id} className={`rounded border p-1.5 ${comparing === v.id ? "border-amber-400 bg-amber-50" : "border-slate-200"}`}>
            <div className="flex justify-between"><span className="font-semibold">v{v.version}</span><span className="text-slate-400">{formatDateTime(v.publishedAt, i18n.language)}</span></div>
            <p className="text-slate-600">{v.note}{v.publishedBy ? ` · ${v.publishedBy}` : ""}</p>
            <div className="mt-1 flex gap-1">
              <Button size="sm" variant="ghost" onClick={() => void compare(v.id)}>{comparing === v.id ? t("versions.hideDiff") : t("versions.compare")}</Button>
              {props.canEdit ? <Button size="sm" variant="ghost" onClick={() => deploy.mutate({ id: props.flowId, versionId: v.id, channelScope: "*" })} data-testid={`deploy-${v.version}`}>{t("versions.serveAll")}</Button> : null}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
