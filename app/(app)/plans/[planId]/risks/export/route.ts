import { planCsvRoute } from "@/lib/http/plan-csv-route";
import { exportThreats } from "@/lib/risks/export-threats";

export const dynamic = "force-dynamic";

/** The threat register as a CSV download, or with ?template=1 its header alone (plan:export, audited by the use case). */
export const GET = planCsvRoute(exportThreats);
