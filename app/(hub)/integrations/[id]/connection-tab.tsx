import { connectionSummary } from "@/lib/connections/credentials";
import { oauthCallbackUrl } from "@/lib/connections/oauth2-settings";
import { ConnectionPanel } from "@/components/connections/connection-panel";
import { connectInstanceAction, disconnectInstanceAction, saveCredentialsAction } from "./connection-actions";
import { testInstanceConnectionAction } from "./method-actions";

/** The Connection tab: the connections helper's panel with its actions bound to this instance. */
export async function ConnectionTab(props: { instanceId: string; workspaceId: string; authType: string; canEdit: boolean; hasTestMethod: boolean }) {
  const summary = await connectionSummary(props.instanceId, props.workspaceId);
  return (
    <ConnectionPanel
      summary={summary}
      authType={props.authType}
      callbackUrl={oauthCallbackUrl()}
      canEdit={props.canEdit}
      hasTestMethod={props.hasTestMethod}
      onConnect={connectInstanceAction.bind(null, props.instanceId)}
      onDisconnect={disconnectInstanceAction.bind(null, props.instanceId)}
      onSaveCredentials={saveCredentialsAction.bind(null, props.instanceId)}
      onTest={props.hasTestMethod ? testInstanceConnectionAction.bind(null, props.instanceId) : undefined}
    />
  );
}
