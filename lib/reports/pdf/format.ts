import { formatDuration } from "@/lib/engine/words";
import { formatInstant } from "@/lib/days";

export const NONE = "None recorded.";

export function duration(minutes: number | null | undefined): string {
  return minutes === null || minutes === undefined ? "—" : formatDuration(minutes);
}

export function date(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : "—";
}

export function dateTime(iso: string | null | undefined): string {
  return iso ? formatInstant(new Date(iso)) : "—";
}

/** met / BREACHED / no target / not affected: the words the readiness tables use. */
export function status(value: string): string {
  if (value === "breached") return "BREACHED";
  return value.replace(/-/g, " ");
}
