"use client";

import { DynamicIcon, iconNames, type IconName } from "lucide-react/dynamic";
import { Plug } from "lucide-react";
import { cn } from "@/lib/cn";

const known = new Set<string>(iconNames);

// Light version of lib/definitions/format's classifyIcon (which pulls Ajv and zod into the bundle);
// the value was validated on import.
function iconKind(icon: string): "lucide" | "image" | "emoji" {
  if (icon.startsWith("data:image/")) return "image";
  return /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(icon) ? "lucide" : "emoji";
}

/** A definition's `icon`: a lucide name in kebab-case, an emoji, or a data: image URL. */
export function DefinitionIcon({ icon, className }: { icon: string | null; className?: string }) {
  const box = cn("flex size-10 shrink-0 items-center justify-center rounded-lg bg-indigo-50 text-indigo-600", className);
  const kind = icon ? iconKind(icon) : null;
  if (icon && kind === "emoji") return <span className={cn(box, "text-xl")} aria-hidden>{icon}</span>;
  if (icon && kind === "image") {
    // eslint-disable-next-line @next/next/no-img-element -- a data: URL from the definition, not a remote image
    return <span className={box} aria-hidden><img src={icon} alt="" className="size-6 object-contain" /></span>;
  }
  return (
    <span className={box} aria-hidden>
      {icon && kind === "lucide" && known.has(icon) ? <DynamicIcon name={icon as IconName} className="size-5" fallback={() => <Plug className="size-5" />} /> : <Plug className="size-5" />}
    </span>
  );
}
