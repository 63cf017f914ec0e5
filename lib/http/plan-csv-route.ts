import { currentActor, type Actor } from "@/lib/auth/context";
import { AppError, notFound } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route-guards";
import { download } from "@/lib/http/download";

type PlanCsvExport = (args: { actor: Actor; input: { planId: string; template: boolean } }) => Promise<{ filename: string; csv: string }>;

/**
 * The GET handler of a plan register's CSV download (the BIA's, the threat register's), or with
 * ?template=1 its header alone: for every role the use case lets export (it authorises and
 * audits). A plan id that is not one reads as not found.
 */
export function planCsvRoute(exportCsv: PlanCsvExport) {
  return async function GET(request: Request, { params }: { params: Promise<{ planId: string }> }) {
    try {
      const actor = await currentActor();
      if (!actor) return errorResponse(new AppError("UNAUTHENTICATED", "Sign in to export."));
      const template = new URL(request.url).searchParams.get("template") === "1";
      const { filename, csv } = await exportCsv({ actor, input: { ...(await params), template } });
      return download(csv, { filename, type: "text/csv; charset=utf-8" });
    } catch (error) {
      return errorResponse(error instanceof AppError && error.code === "VALIDATION" ? notFound("The plan") : error);
    }
  };
}
