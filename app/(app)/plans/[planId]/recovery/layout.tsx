import { RecoveryTabs } from "@/components/recovery/recovery-tabs";

export default async function RecoveryLayout({ children, params }: { children: React.ReactNode; params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  return (
    <div className="space-y-6">
      <RecoveryTabs planId={planId} />
      {children}
    </div>
  );
}
