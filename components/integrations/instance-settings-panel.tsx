"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ClientActionResult } from "@/components/ui/action-result";
import { InstanceForm } from "./instance-form";

/** The Settings tab: the generated form (read-only for viewers) and, for operators, Delete. */
export function InstanceSettingsPanel(props: {
  name: string;
  schema: Record<string, unknown>;
  config: Record<string, unknown>;
  secretStatus: Record<string, boolean>;
  canEdit: boolean;
  onSave: (input: { name: string; config: Record<string, unknown> }) => Promise<ClientActionResult>;
  onDelete: () => Promise<ClientActionResult>;
}) {
  const router = useRouter();
  const [deleting, startTransition] = useTransition();
  return (
    <div className="space-y-6">
      <Card className="max-w-3xl">
        <CardHeader
          title="Settings"
          description={props.canEdit ? "Secret fields are never shown again: leave them blank to keep the stored value." : "Your role can read these settings but not change them."}
        />
        <CardBody>
          <InstanceForm
            schema={props.schema}
            defaultValues={props.config}
            secretStatus={props.secretStatus}
            initialName={props.name}
            submitLabel="Save settings"
            disabled={!props.canEdit}
            onSave={props.onSave}
            onSaved={() => {
              toast.success("Settings saved");
              router.refresh();
            }}
          />
        </CardBody>
      </Card>
      {props.canEdit ? (
        <Card className="max-w-3xl">
          <CardHeader
            title="Delete this integration"
            description="Removes its settings, connection, runs and webhook deliveries. Its request log entries stay."
            actions={
              <ConfirmDialog
                title={`Delete "${props.name}"?`}
                description="This cannot be undone. Scheduled runs stop and the connected account is forgotten."
                confirmLabel="Delete integration"
                onConfirm={() =>
                  startTransition(async () => {
                    const result = await props.onDelete();
                    if (!result.ok) {
                      toast.error(result.error);
                      return;
                    }
                    toast.success(`"${props.name}" deleted`);
                    router.push("/integrations");
                  })
                }
                trigger={<Button variant="danger" disabled={deleting}><Trash2 className="size-4" aria-hidden /> Delete</Button>}
              />
            }
          />
        </Card>
      ) : null}
    </div>
  );
}
