import { z } from "zod";
import { version } from "@/lib/bia/form-fields";

export const SYSTEM_KINDS = ["vm", "physical", "saas", "network", "other"] as const;
export const SYSTEM_KIND_LABELS: Record<(typeof SYSTEM_KINDS)[number], string> = {
  vm: "Virtual machine",
  physical: "Physical server",
  saas: "Cloud service (SaaS)",
  network: "Network or appliance",
  other: "Other",
};

const fields = {
  planId: z.string().min(1),
  name: z.string().trim().min(1, "Give the system a name.").max(120, "Keep the name under 120 characters."),
  kind: z.enum(SYSTEM_KINDS, { error: "Choose what kind of system it is." }),
  owner: z.string().trim().max(120, "Keep the owner under 120 characters.").default(""),
  description: z.string().trim().max(2000, "Keep the description under 2,000 characters.").default(""),
};

export const createSystemSchema = z.object(fields);
export const updateSystemSchema = z.object({ ...fields, systemId: z.string().min(1), version });
export const deleteSystemSchema = z.object({ planId: z.string().min(1), systemId: z.string().min(1) });
