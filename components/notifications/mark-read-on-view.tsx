"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { IDLE, type FormAction } from "@/lib/http/form-state";

/**
 * Marks the reader's notifications about what the page shows read, once it is on screen: the
 * page's render stays free of writes (a prefetch or a crawler must not mark anything read). When
 * the action marked some (it answers with a message), the page is refreshed so the header's
 * unread count drops. Each set of fields is sent once, also when a refresh renders this again.
 */
export function MarkReadOnView({ action, fields }: { action: FormAction; fields: Record<string, string> }) {
  const router = useRouter();
  const sent = useRef<string | null>(null);
  const key = JSON.stringify(fields);
  useEffect(() => {
    if (sent.current === key) return;
    sent.current = key;
    const form = new FormData();
    for (const [name, value] of Object.entries(JSON.parse(key) as Record<string, string>)) form.append(name, value);
    action(IDLE, form)
      .then((state) => {
        if (state.status === "ok" && state.message) router.refresh();
      })
      // Nothing to show: the notifications stay unread, and the next visit marks them.
      .catch(() => undefined);
  }, [action, key, router]);
  return null;
}
