"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { toast } from "sonner";

/**
 * Shows the outcome of the OAuth2 callback (`?connected=1` or `?connect_error=…`) once, then
 * removes those parameters from the URL so a reload does not repeat it. Wrap in <Suspense>.
 */
export function ConnectOutcomeToast() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const shown = useRef(false);
  useEffect(() => {
    const connected = params.get("connected");
    const error = params.get("connect_error");
    if (shown.current || (!connected && !error)) return;
    shown.current = true;
    if (error) toast.error(error);
    else toast.success("Connected");
    const next = new URLSearchParams(params);
    next.delete("connected");
    next.delete("connect_error");
    const query = next.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }, [params, pathname, router]);
  return null;
}
