import Link from "next/link";
import { leftOutGroupSentence, leftOutReason, type CutDependency, type IncompleteSystem, type LeftOutGroup } from "@/lib/recovery/to-model";

type Props = {
  unmodelled: string[];
  incomplete: IncompleteSystem[];
  cutDependencies: CutDependency[];
  /** Consistency groups left out for having fewer than two systems in the model (absent: none). */
  groups?: LeftOutGroup[];
  /** The VM facts page of a system by name, where its missing facts are filled in. */
  vmHref?: (system: string) => string | null;
};

// Like the age bands: name a few, count the rest.
const NAMED = 10;

function dependents(cut: CutDependency[], system: string): string[] {
  return cut.filter((c) => c.dependsOn === system).map((c) => c.system);
}

/**
 * The systems the assessment leaves out, and why: VMs whose memory or used size is not set (never
 * shown as meeting their RTO), and systems without a host. Whatever depends on one is named, as its
 * restore does not wait for it. A consistency group left with fewer than two of its systems is left
 * out too (nothing to keep consistent), in a sentence naming which systems and why.
 */
export function LeftOutNote({ unmodelled, incomplete, cutDependencies, groups = [], vmHref }: Props) {
  const needers = (system: string) => {
    const names = dependents(cutDependencies, system);
    return names.length ? `; ${names.join(", ")} ${names.length === 1 ? "depends" : "depend"} on it and ${names.length === 1 ? "is" : "are"} assessed without waiting for it` : "";
  };
  return (
    <>
      {incomplete.length ? (
        <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" role="note" data-not-assessed>
          <p>
            <strong>Not assessed: memory or used size not set.</strong> Without them no restore time can be worked out, so no RTO is shown as met
            for {incomplete.length === 1 ? "this VM" : `these ${incomplete.length} VMs`}. Set them under VM facts:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {incomplete.slice(0, NAMED).map((i) => {
              const href = vmHref?.(i.system) ?? null;
              return (
                <li key={i.system} data-incomplete={i.system}>
                  {href ? (
                    <Link href={href} className="font-medium underline">
                      {i.system}
                    </Link>
                  ) : (
                    <strong>{i.system}</strong>
                  )}{" "}
                  ({leftOutReason(i.missing)}
                  {needers(i.system)})
                </li>
              );
            })}
          </ul>
          {incomplete.length > NAMED ? <p className="mt-1">and {incomplete.length - NAMED} more.</p> : null}
        </div>
      ) : null}
      {groups.length ? (
        <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" role="note" data-left-out-groups>
          <p>
            <strong>Consistency {groups.length === 1 ? "group" : "groups"} not checked.</strong> A group needs at least two systems in the
            assessment to be kept consistent:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {groups.slice(0, NAMED).map((g) => (
              <li key={g.key} data-left-out-group={g.key}>
                {leftOutGroupSentence(g)}
              </li>
            ))}
          </ul>
          {groups.length > NAMED ? <p className="mt-1">and {groups.length - NAMED} more.</p> : null}
        </div>
      ) : null}
      {unmodelled.length ? (
        <p className="text-xs text-slate-500">
          Left out of the model, having no host (SaaS services, or systems not restored here):{" "}
          {unmodelled.map((name, i) => (
            <span key={name}>
              {i ? ", " : ""}
              {name}
              {needers(name) ? ` (${needers(name).slice(2)})` : ""}
            </span>
          ))}
          .
        </p>
      ) : null}
    </>
  );
}
