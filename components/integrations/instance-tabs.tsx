"use client";

import type { ReactNode } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Tabs } from "radix-ui";
import { INSTANCE_TABS, type InstanceTab } from "./instance-tab-names";

/** Tabs whose selection lives in the URL (`?tab=`), so a tab can be linked and survives a reload. */
export function InstanceTabs({ tab, panels }: { tab: InstanceTab; panels: Record<InstanceTab, ReactNode> }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  return (
    <Tabs.Root
      value={tab}
      onValueChange={(value) => {
        const next = new URLSearchParams(params);
        next.set("tab", value);
        router.replace(`${pathname}?${next.toString()}`, { scroll: false });
      }}
    >
      <Tabs.List aria-label="Integration sections" className="mb-5 flex gap-1 overflow-x-auto border-b border-zinc-200">
        {INSTANCE_TABS.map((t) => (
          <Tabs.Trigger
            key={t.value}
            value={t.value}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-zinc-600 hover:text-zinc-900 data-[state=active]:border-indigo-600 data-[state=active]:text-indigo-700"
          >
            {t.label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {INSTANCE_TABS.map((t) => (
        <Tabs.Content key={t.value} value={t.value} className="focus:outline-none">
          {panels[t.value]}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
