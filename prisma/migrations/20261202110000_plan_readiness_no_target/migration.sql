-- The systems of a plan's latest assessment that lack an RPO or an RTO target, counted apart from
-- those that meet or miss theirs (docs/decisions/0030): the plan list says "0 of 2 systems with
-- targets meet them in every scenario; 2 lack an RPO or RTO target". Null on a row stored before
-- this count existed, whose "meetingEvery" counted those systems as missing: such a row cannot be
-- worded the new way, so the plan list asks for the plan to be opened, which assesses and stores
-- it again. No default: 0 would read as "every system has targets", which nobody checked.
ALTER TABLE "PlanReadiness" ADD COLUMN "noTarget" INTEGER;
