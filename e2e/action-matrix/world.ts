import pg from "pg";

/**
 * What one group of the action matrix owns in the database, read back from Postgres: its plans,
 * the organisation-level rows it named with its tag (people, sites, members, plans created by an
 * action), and every row that refers to those, transitively (a plan's functions, their links,
 * their measurements, the audit rows about them…). Rows are only followed downwards (rows that
 * point at the world), never to what the world points at, so the seeded data that other specs
 * change in parallel stays out of it. A refused action must leave the world's fingerprint as it was.
 */
export type World = { plans: string[]; tag: string; extraIds?: string[] };

type Table = { name: string; hasId: boolean; hasPlanId: boolean; refs: string[] };

/** Columns that name an organisation: following them would pull in the whole tenant. */
const NOT_FOLLOWED = new Set(["orgId"]);
/**
 * Columns left out of the fingerprint, as other specs move them: a plan's contentRevision is
 * bumped for every plan of the organisation whenever anyone edits a person (docs/decisions/0005);
 * an incident's notification goes to every member, other specs' short-lived members included,
 * and removing one of them takes their notifications out of the e-mail queue (emailWanted, in
 * lib/members/remove-member.ts).
 */
const IGNORED: Record<string, string[]> = { Plan: ["contentRevision"], Notification: ["emailWanted"] };
/** Organisation-level tables whose rows a group creates under its tag. */
const TAGGED: Record<string, string[]> = { Plan: ["name"], Person: ["name"], Site: ["name"], User: ["email"], Department: ["name"], ManagementReview: ["attendees"] };

export class WorldReader {
  private tables: Table[] = [];

  private constructor(private readonly client: pg.Client) {}

  static async connect(): Promise<WorldReader> {
    const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
    await client.connect();
    const reader = new WorldReader(client);
    const { rows } = await client.query<{ table: string; columns: string[] }>(
      `SELECT table_name AS table, array_agg(column_name::text ORDER BY column_name) AS columns
         FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' AND data_type = 'text'
        GROUP BY table_name ORDER BY table_name`,
    );
    reader.tables = rows
      .map(({ table, columns }) => ({
        name: table,
        hasId: columns.includes("id"),
        hasPlanId: columns.includes("planId"),
        refs: columns.filter((c) => (c.endsWith("Id") || c === "A" || c === "B" || c === "id") && !NOT_FOLLOWED.has(c)),
      }))
      .filter((t) => t.refs.length > 0);
    return reader;
  }

  async close() {
    await this.client.end();
  }

  async query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.client.query<T>(sql, params)).rows;
  }

  /** The id of the one row `sql` selects (as `id`); fails loudly when there is none. */
  async id(sql: string, params: unknown[] = []): Promise<string> {
    const rows = await this.query<{ id: string }>(sql, params);
    if (rows.length !== 1) throw new Error(`Expected one row, got ${rows.length}: ${sql} ${JSON.stringify(params)}`);
    return rows[0].id;
  }

  /** Those of `ids` that are rows of the plan (its systems, functions, tests…). */
  async rowsOfPlan(planId: string, ids: string[]): Promise<string[]> {
    const union = this.tables
      .filter((t) => t.hasId && t.hasPlanId)
      .map((t) => `SELECT id FROM "${t.name}" WHERE "planId" = $1 AND id = ANY($2)`)
      .join(" UNION ");
    return (await this.query<{ id: string }>(union, [planId, ids])).map((r) => r.id);
  }

  /** Every id in the world: the seeds, then rows referring to them until nothing new turns up. */
  private async ids(world: World): Promise<string[]> {
    const tagged = Object.entries(TAGGED).map(
      ([table, columns]) => `SELECT id FROM "${table}" WHERE ${columns.map((c) => `"${c}" LIKE '%' || $1 || '%'`).join(" OR ")}`,
    );
    const seeds = await this.query<{ id: string }>(tagged.join(" UNION "), [world.tag]);
    const known = new Set([...world.plans, ...(world.extraIds ?? []), ...seeds.map((r) => r.id)]);
    let frontier = [...known];
    while (frontier.length > 0) {
      const union = this.tables
        .filter((t) => t.hasId)
        .map((t) => `SELECT id FROM "${t.name}" WHERE ${t.refs.map((c) => `"${c}" = ANY($1)`).join(" OR ")}`)
        .join(" UNION ");
      const found = (await this.query<{ id: string }>(union, [frontier])).map((r) => r.id).filter((id) => !known.has(id));
      for (const id of found) known.add(id);
      frontier = found;
    }
    return [...known];
  }

  /** Each table's rows in the world, as one digest per table. */
  async fingerprint(world: World): Promise<Record<string, string>> {
    const ids = await this.ids(world);
    const union = this.tables
      .map(
        (t) =>
          `SELECT '${t.name}' AS t, count(*)::int AS n, md5(coalesce(string_agg(${rowText(t.name)}, '|' ORDER BY ${rowText(t.name)}), '')) AS h
             FROM "${t.name}" x WHERE ${t.refs.map((c) => `x."${c}" = ANY($1)`).join(" OR ")}`,
      )
      .join(" UNION ALL ");
    const rows = await this.query<{ t: string; n: number; h: string }>(union, [ids]);
    return Object.fromEntries(rows.filter((r) => r.n > 0).map((r) => [r.t, `${r.n}:${r.h}`]));
  }
}

function rowText(table: string): string {
  const ignored = IGNORED[table] ?? [];
  return ignored.length === 0 ? "x::text" : `(to_jsonb(x) - ARRAY[${ignored.map((c) => `'${c}'`).join(", ")}])::text`;
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}
