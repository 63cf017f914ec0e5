import { currentActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route-guards";
import { download } from "@/lib/http/download";
import { peopleTemplate } from "@/lib/people/export-people";

export const dynamic = "force-dynamic";

/** The People register's CSV columns with no rows, for the roles that may import (plan:edit). */
export async function GET() {
  try {
    const actor = await currentActor();
    if (!actor) return errorResponse(new AppError("UNAUTHENTICATED", "Sign in to download the template."));
    const { filename, csv } = peopleTemplate({ actor });
    return download(csv, { filename, type: "text/csv; charset=utf-8" });
  } catch (error) {
    return errorResponse(error);
  }
}
