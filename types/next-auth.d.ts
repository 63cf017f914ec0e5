import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    userId?: string;
    sessionVersion?: number;
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    /** The session's own id, minted at sign-in and kept by renewal: what signing out ends (decision 90). */
    sid?: string;
  }
}
