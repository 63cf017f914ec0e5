import { planCsvRoute } from "@/lib/http/plan-csv-route";
import { exportFunctions } from "@/lib/bia/export-functions";

export const dynamic = "force-dynamic";

/** The BIA as a CSV download, or with ?template=1 its header alone (plan:export, audited by the use case). */
export const GET = planCsvRoute(exportFunctions);
