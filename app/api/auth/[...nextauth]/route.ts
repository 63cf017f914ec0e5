import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Built per request because the options read the validated environment, which `next build`
// does not have.
async function handler(request: Request, context: Context) {
  // next-auth parses a JSON body without catching its errors: a malformed one would be a 500.
  if (request.method === "POST" && request.headers.get("content-type")?.includes("application/json")) {
    const parsed = await request.clone().json().then(() => true, () => false);
    if (!parsed) return Response.json({ message: "The request body is not valid JSON." }, { status: 400 });
  }
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
