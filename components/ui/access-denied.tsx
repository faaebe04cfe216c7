import { ShieldAlert } from "lucide-react";
import { EmptyState } from "./empty-state";

export function AccessDenied({ message }: { message: string }) {
  return (
    <EmptyState icon={ShieldAlert} title="You don't have access to this page">
      <p>{message}</p>
      <p className="mt-1">Ask an admin of this workspace if you need it.</p>
    </EmptyState>
  );
}
