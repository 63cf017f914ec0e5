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

/**
 * The owner select's choice that keeps the owner of a system typed while owners were free text
 * (docs/decisions/0035): offered only on the edit form of such a system, until someone picks a person.
 */
export const KEEP_OWNER_TEXT = "keep-owner-text";

const fields = {
  planId: z.string().min(1),
  name: z.string().trim().min(1, "Give the system a name.").max(120, "Keep the name under 120 characters."),
  kind: z.enum(SYSTEM_KINDS, { error: "Choose what kind of system it is." }),
  // A person's id, "" for nobody, or KEEP_OWNER_TEXT (lib/systems/system-owner.ts says which is which).
  ownerPersonId: z.string().trim().max(200, "Owner: choose a person from the People register.").default(""),
  description: z.string().trim().max(2000, "Keep the description under 2,000 characters.").default(""),
};

export const createSystemSchema = z.object(fields);
export const updateSystemSchema = z.object({ ...fields, systemId: z.string().min(1), version });
/** A delete of a system: the version of its register entry that its page showed (docs/decisions/0073). */
export const deleteSystemSchema = z.object({ planId: z.string().min(1), systemId: z.string().min(1), version });
