import type { Metadata } from "next";
import { can } from "@/lib/auth/permissions";
import { ImportPanel } from "@/components/recovery/imports/import-panel";
import { loadPlan } from "../../load-plan";

export const metadata: Metadata = { title: "Recovery imports" };

export default async function ImportsPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Imports</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Load the VM inventory and the backup software&apos;s restore points from the tools that know them, instead of typing them in. Every import
          shows a preview first; nothing is written until you confirm, and a file with a bad row is refused whole, naming the line and column.
          Importing the same file again changes nothing.
        </p>
      </div>
      {canEdit ? (
        <section aria-label="Import a file" className="rounded-lg border border-slate-200 bg-white p-5">
          <ImportPanel planId={plan.id} />
        </section>
      ) : (
        <p className="rounded-md bg-slate-50 p-3 text-sm">Imports change the plan, so only the committee and administrators can run them{plan.status === "archived" ? ", and not on an archived plan" : ""}.</p>
      )}
      <section aria-labelledby="formats-heading" className="space-y-3 text-sm">
        <h2 id="formats-heading" className="text-lg font-semibold">Formats</h2>
        <div>
          <h3 className="font-medium">RVTools vInfo</h3>
          <p>
            Export the vInfo tab as CSV. Read: <code>VM</code> (matched to systems by name), <code>Memory</code> (MiB), <code>In Use MB</code> (MiB,
            converted to decimal GB: × 1.048576 ÷ 1000) and <code>Host</code> (linked to a host of this plan by key, name or first DNS label). Templates are
            never imported; a <code>poweredOff</code> VM only when &ldquo;Include powered-off VMs&rdquo; is ticked. Other columns are ignored. A blank
            cell is no value in the file: the system&apos;s value is left as it is. A host this plan does not have is shown as &ldquo;(not linked)&rdquo; on a
            system with no host; a system with a host keeps it. <code>Memory</code> and <code>In Use MB</code> are whole MiB, as RVTools writes them in
            any Windows number format: plain digits (<code>59605</code>), or with commas or points between thousands (<code>59,605</code>,{" "}
            <code>59.605</code>, <code>1.234.567</code>: all read as thousands). A value with a decimal part (<code>59.6</code>, <code>60,5</code>,{" "}
            <code>1,234.5</code>, <code>1.234,5</code>) is refused, naming its line and column.
          </p>
        </div>
        <div>
          <h3 className="font-medium">Generic VM CSV</h3>
          <p>
            Columns: <code>name</code> (required), <code>host</code>, <code>ramMiB</code>, <code>usedGB</code> (decimal GB), <code>bootMinutes</code>,{" "}
            <code>verifyMinutes</code>, <code>priority</code> (1–5), <code>powerstate</code> or <code>state</code> (vSphere&apos;s{" "}
            <code>poweredOn</code>, <code>poweredOff</code>, <code>suspended</code>, or Hyper-V&apos;s <code>Running</code>, <code>Off</code>,{" "}
            <code>Saved</code>, <code>Paused</code>…: an off VM is imported only when &ldquo;Include powered-off VMs&rdquo; is ticked); <code>os</code>,{" "}
            <code>cpus</code>, <code>cluster</code>, <code>datacenter</code> and <code>notes</code> are accepted and ignored. Only the columns present are
            updated, and a blank cell is no value in the file: the system&apos;s value is left as it is. Hosts are linked as in RVTools files.
          </p>
        </div>
        <div>
          <h3 className="font-medium">Restore points</h3>
          <p>
            Columns: <code>system</code> (name), <code>location</code> (key or name), <code>pointInTime</code> and <code>usableAt</code> (date and time
            with offset, e.g. <code>2026-11-24T23:00:00Z</code>), <code>sizeGB</code> (optional). A point is matched on system, location and point in time.
            A point in time more than 5 minutes after now is refused; a usable time after now (a copy still being written) is accepted, and the preview warns
            that the copy is not usable yet.
          </p>
        </div>
        <div>
          <h3 className="font-medium">Rows listed twice</h3>
          <p>
            A row that repeats an earlier one (names in any case, the same values) is skipped, and the preview names it: &ldquo;Line 7 repeats line 6 and
            is skipped.&rdquo; A VM named twice with other values, or a restore point listed twice with another usable time or size, refuses the file:
            which row is right is yours to say.
          </p>
        </div>
      </section>
    </div>
  );
}
