"use client";

import { Check, Copy, Link2, PlugZap, Unplug } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import type { ClientActionResult } from "@/components/ui/action-result";
import { Badge, type Tone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CredentialsForm, isSecretType } from "./credentials-form";
import { relativeTime, toDate, useNow } from "./relative-time";

/** ConnectionSummary from lib/connections/credentials, as it arrives in a client component. */
export type ConnectionSummaryView = {
  connected: boolean;
  authType: string;
  scopes: string[];
  expiresAt: Date | string | null;
  lastRefreshedAt: Date | string | null;
  connectedAt?: Date | string | null;
  status: "PENDING_AUTHENTICATION" | "ACTIVE" | "FAILED" | "DISABLED";
  statusReason: string | null;
  storedFields?: string[];
};

export type ConnectionPanelProps = {
  summary: ConnectionSummaryView;
  authType: string;
  callbackUrl: string;
  canEdit: boolean;
  hasTestMethod: boolean;
  onConnect: () => Promise<ClientActionResult<{ authorizationUrl?: string; connected?: boolean } | undefined>>;
  onDisconnect: () => Promise<ClientActionResult>;
  onSaveCredentials: (values: Record<string, string>) => Promise<ClientActionResult>;
  onTest?: () => Promise<ClientActionResult>;
};

function state(summary: ConnectionSummaryView): { label: string; tone: Tone } {
  if (summary.status === "FAILED") return { label: "Failed", tone: "red" };
  if (summary.status === "DISABLED") return { label: "Disabled", tone: "neutral" };
  return summary.connected ? { label: "Connected", tone: "green" } : { label: "Not connected", tone: "amber" };
}

function CopyField({ value }: { value: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      toast.error("Copying is not allowed here. Select the URL and copy it by hand.");
    }
  }
  return (
    <div className="mt-1 flex items-center gap-2">
      <code className="min-w-0 flex-1 truncate rounded-md bg-zinc-50 px-2.5 py-1.5 font-mono text-xs text-zinc-800 ring-1 ring-inset ring-zinc-200">{value}</code>
      <Button variant="secondary" size="sm" onClick={copy} aria-label="Copy the callback URL">
        {copied ? <Check className="size-4" aria-hidden /> : <Copy className="size-4" aria-hidden />}
        {copied ? "Copied" : "Copy"}
      </Button>
    </div>
  );
}

function TokenTimes({ summary }: { summary: ConnectionSummaryView }) {
  const now = useNow();
  const expiresAt = toDate(summary.expiresAt);
  const refreshedAt = toDate(summary.lastRefreshedAt);
  const connectedAt = toDate(summary.connectedAt);
  if (now === null) return null;
  const parts: string[] = [];
  if (expiresAt) parts.push(expiresAt.getTime() > now ? `Access token expires ${relativeTime(expiresAt, now)}` : `Access token expired ${relativeTime(expiresAt, now)}; it is refreshed on the next call`);
  if (refreshedAt) parts.push(`refreshed ${relativeTime(refreshedAt, now)}`);
  else if (connectedAt) parts.push(`connected ${relativeTime(connectedAt, now)}`);
  if (parts.length === 0) return null;
  const text = parts.join(", ");
  return <p className="text-sm text-zinc-600">{text.charAt(0).toUpperCase() + text.slice(1)}.</p>;
}

export function ConnectionPanel(props: ConnectionPanelProps) {
  const router = useRouter();
  const [busy, setBusy] = useState<"connect" | "disconnect" | "test" | null>(null);
  const { summary } = props;
  const badge = state(summary);
  const isOAuth = props.authType === "oauth2";

  async function run<T>(kind: "connect" | "disconnect" | "test", action: () => Promise<ClientActionResult<T>>, onOk: (data: T) => void) {
    setBusy(kind);
    try {
      const result = await action();
      if (result.ok) onOk(result.data);
      else toast.error(result.error);
    } catch {
      toast.error("The request did not reach the server. Check your connection and try again.");
    } finally {
      setBusy(null);
    }
  }

  const connect = () =>
    run("connect", props.onConnect, (data) => {
      if (data?.authorizationUrl) {
        window.location.assign(data.authorizationUrl);
        return;
      }
      toast.success("Connected");
      router.refresh();
    });
  const disconnect = () =>
    run("disconnect", props.onDisconnect, () => {
      toast.success("Disconnected");
      router.refresh();
    });
  const test = () =>
    props.onTest &&
    run("test", props.onTest, () => {
      toast.success("The connection works");
      router.refresh();
    });

  const actions = props.canEdit ? (
    <>
      {isOAuth ? (
        <Button variant={summary.connected ? "secondary" : "primary"} onClick={connect} disabled={busy !== null}>
          <Link2 className="size-4" aria-hidden />
          {busy === "connect" ? "Connecting…" : summary.connected || summary.status === "FAILED" ? "Reconnect" : "Connect"}
        </Button>
      ) : null}
      {props.hasTestMethod && props.onTest && summary.connected ? (
        <Button variant="secondary" onClick={test} disabled={busy !== null}>
          <PlugZap className="size-4" aria-hidden />
          {busy === "test" ? "Testing…" : "Test connection"}
        </Button>
      ) : null}
      {summary.connected && props.authType !== "none" ? (
        <ConfirmDialog
          trigger={
            <Button variant="ghost" disabled={busy !== null}>
              <Unplug className="size-4" aria-hidden />
              Disconnect
            </Button>
          }
          title="Disconnect this account?"
          description={
            isOAuth
              ? "Patchbay asks the provider to revoke its tokens and forgets them. Runs and method calls stop working until someone connects again."
              : "Patchbay forgets the saved credentials. Runs and method calls stop working until new ones are entered."
          }
          confirmLabel="Disconnect"
          onConfirm={disconnect}
        />
      ) : null}
    </>
  ) : null;

  return (
    <Card>
      <CardHeader
        title={
          <span className="flex items-center gap-2">
            Connection <Badge tone={badge.tone}>{badge.label}</Badge>
          </span>
        }
        description={isOAuth ? "The account this instance acts as, authorised with OAuth2." : "The credentials this instance sends to the provider."}
        actions={actions}
      />
      <CardBody className="space-y-4">
        {summary.status === "FAILED" && summary.statusReason ? (
          <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-inset ring-red-200">
            {summary.statusReason}
          </div>
        ) : null}
        {isOAuth ? (
          <>
            {summary.connected ? <TokenTimes summary={summary} /> : <p className="text-sm text-zinc-600">Press Connect to sign in at the provider and approve access.</p>}
            {summary.scopes.length > 0 ? (
              <div>
                <p className="text-xs font-medium uppercase tracking-wide text-zinc-500">Granted scopes</p>
                <ul className="mt-1 flex flex-wrap gap-1.5">
                  {summary.scopes.map((scope) => (
                    <li key={scope}>
                      <Badge tone="indigo">{scope}</Badge>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <div>
              <p className="text-xs font-medium uppercase tracking-wide text-zinc-500">Callback URL</p>
              <p className="text-sm text-zinc-600">Register this redirect URL with the provider&apos;s OAuth app.</p>
              <CopyField value={props.callbackUrl} />
            </div>
          </>
        ) : isSecretType(props.authType) ? (
          <CredentialsForm
            type={props.authType}
            storedFields={summary.storedFields ?? []}
            canEdit={props.canEdit}
            onSave={props.onSaveCredentials}
            onSaved={() => router.refresh()}
          />
        ) : (
          <p className="text-sm text-zinc-600">This integration needs no credentials.</p>
        )}
      </CardBody>
    </Card>
  );
}
