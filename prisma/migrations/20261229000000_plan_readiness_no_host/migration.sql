-- The systems of a plan's latest assessment left out of the model for having no host, SaaS aside:
-- the recovery engine assessed none of them, so the plan's outcome counts them apart ("Every
-- assessed system meets its RPO and RTO in every scenario, …; 2 systems not assessed (no host)").
-- Null on a row stored before this count existed, which said "Every system meets …" without them:
-- the plan list asks for the plan to be opened, which assesses and stores it again. No default: 0
-- would read as "every system has a host", which nobody checked.
ALTER TABLE "PlanReadiness" ADD COLUMN "noHost" INTEGER;
