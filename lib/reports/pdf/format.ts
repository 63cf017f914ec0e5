import { formatDuration } from "@/lib/engine/words";
import { formatDay, formatInstant } from "@/lib/days";

export const NONE = "None recorded.";

export function duration(minutes: number | null | undefined): string {
  return minutes === null || minutes === undefined ? "—" : formatDuration(minutes);
}

/** A day as the web pages show it ("22 Sept 2026"), from a day ("2026-09-22") or an instant (its UTC day). */
export function date(iso: string | null | undefined): string {
  return iso ? formatDay(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : "—";
}

export function dateTime(iso: string | null | undefined): string {
  return iso ? formatInstant(new Date(iso)) : "—";
}

/** met / BREACHED / no target / not affected: the words the readiness tables use. */
export function status(value: string): string {
  if (value === "breached") return "BREACHED";
  return value.replace(/-/g, " ");
}
