-- A response team role says whether it leads the response: declares the incident and invokes the
-- plan (decision 56). The emergency sheet read this from the role's wording until now.
ALTER TABLE "ErtRole" ADD COLUMN "leadsResponse" BOOLEAN NOT NULL DEFAULT false;

-- The roles the sheet named as leads keep leading: those whose title or responsibilities say they
-- declare, invoke (invocation) or activate, as lib/emergency/lead-roles.ts read them (a word
-- starting so: "declares", "invoked", "activating"; not "invoice"). A team none of whose roles
-- said so had its first role shown as a stand-in, with a note that no role says it decides: that
-- guess is not written down, and such a plan now shows the sheet's and the overview's gap.
-- The flag writes down what the plan already said, so an approved plan does not read as changed
-- since approval: the roles' revision trigger is off for the one statement. Prisma runs this
-- file as one transaction: a failure leaves the trigger on. lib/exports/older-rows.ts applies
-- the same rule to the roles of an organisation export made before this migration.
ALTER TABLE "ErtRole" DISABLE TRIGGER "ErtRole_revision";

UPDATE "ErtRole" SET "leadsResponse" = true
WHERE "title" ~* '\m(declar\w*|invok\w*|invocation|activat\w*)\M'
   OR "responsibilities" ~* '\m(declar\w*|invok\w*|invocation|activat\w*)\M';

ALTER TABLE "ErtRole" ENABLE TRIGGER "ErtRole_revision";
