import type { Metadata } from "next";
import Link from "next/link";
import { NOT_FOUND_METADATA } from "@/lib/http/page-metadata";

export const metadata: Metadata = NOT_FOUND_METADATA;

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600">This page does not exist, or you do not have access to it.</p>
      <Link href="/plans" className="mt-6 inline-block text-blue-700 underline">
        Back to plans
      </Link>
    </main>
  );
}
