-- The business functions of a plan's latest assessment whose MTD check is not known, because
-- systems they need were left out of the model (no host, or memory or used size missing), counted
-- apart from those that exceed their MTD (docs/decisions/0083): the plan list says "…, and no
-- assessed function exceeds its MTD; 2 functions not known against their MTD (systems not
-- assessed)". Null on a row stored before this count existed, which said "no function exceeds its
-- MTD" of such functions: the plan list asks for the plan to be opened, which assesses and stores
-- it again. No default: 0 would read as "every function was assessed", which nobody checked.
ALTER TABLE "PlanReadiness" ADD COLUMN "functionsNotKnown" INTEGER;
