-- Adding a member now puts them in the People register (lib/people/ensure-member-person.ts,
-- docs/decisions/0035): the member is the person of their organisation with their e-mail, in any
-- letter case, and only when nobody has it is a person made, with the member's name and e-mail.
-- Members added before this had to be typed again on the People page; those nobody typed are
-- added here, the same way, so every member can be seated on a committee. Nothing links a member
-- to a person but the e-mail, so there is no column to fill.
--
-- Each new person's id is made from its membership's (a cuid's shape: "c" and 24 more), so the
-- audit row can name it. The audit rows name no actor: the upgrade made these people, not a member.
INSERT INTO "Person" ("id", "orgId", "name", "email", "updatedAt")
SELECT 'c' || substr(md5('member-person:' || m."id"), 1, 24), m."orgId", u."name", u."email", CURRENT_TIMESTAMP
FROM "Membership" m
JOIN "User" u ON u."id" = m."userId"
WHERE NOT EXISTS (SELECT 1 FROM "Person" p WHERE p."orgId" = m."orgId" AND lower(p."email") = lower(u."email"));

INSERT INTO "AuditLog" ("id", "orgId", "action", "entityType", "entityId", "after", "createdAt")
SELECT 'c' || substr(md5('member-person-audit:' || p."id"), 1, 24), p."orgId", 'person.created', 'person', p."id",
       jsonb_build_object(
         'name', p."name", 'jobTitle', p."jobTitle", 'departmentId', p."departmentId", 'email', p."email",
         'workPhone', p."workPhone", 'mobilePhone', p."mobilePhone", 'afterHoursPhone', p."afterHoursPhone", 'notes', p."notes"
       ),
       CURRENT_TIMESTAMP
FROM "Person" p
JOIN "Membership" m ON p."id" = 'c' || substr(md5('member-person:' || m."id"), 1, 24)
WHERE NOT EXISTS (SELECT 1 FROM "AuditLog" a WHERE a."orgId" = p."orgId" AND a."entityType" = 'person' AND a."entityId" = p."id");
