import { SetupNav } from "@/components/recovery/setup/setup-nav";

export default async function SetupLayout({ children, params }: { children: React.ReactNode; params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold">Locations, hosts and policies</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          The facts the readiness assessment works from: where restore points are kept, the hosts systems run on and are restored to, and the backup
          policies that make the points. Units are in every field&apos;s label; see the Imports tab to load VM inventories and backup job reports.
        </p>
      </div>
      <SetupNav planId={planId} />
      {children}
    </div>
  );
}
