import type { APIRequestContext } from "@playwright/test";

/** Form fields as the browser submits them: a repeated field (a multi-select) is an array. */
export type Fields = Record<string, string | string[] | File>;

export type ActionOutcome = {
  status: number;
  /** Where the action redirected to (Next's x-action-redirect), if it did. */
  redirect: string | null;
  /** The value the action returned (its form state), when it returned one. */
  result: unknown;
  body: string;
};

/**
 * Calls a server action the way Next's client does for `useActionState(action, IDLE)`:
 * `action(prevState, formData)` encoded by React's encodeReply. With a FormData argument the
 * reply is multipart: field "0" is the JSON argument list in which "$K1" stands for the form, and
 * the form's own entries carry the prefix "_1_" and come before it (react-server-dom's decodeReply
 * collects them by that prefix from what it has read when it meets "$K1"). No
 * Next-Router-State-Tree header is needed: without one, a revalidating action renders the whole
 * page, which costs time but changes nothing here. A redirect comes back as x-action-redirect.
 */
export async function invokeAction(
  request: APIRequestContext,
  { url, actionId, fields, origin }: { url: string; actionId: string; fields: Fields; origin: string },
): Promise<ActionOutcome> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) body.append(`_1_${name}`, one);
  }
  // Last, as encodeReply sets it: the server resolves "$K1" from the entries it has read so far.
  body.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  const response = await request.post(url, {
    headers: { "Next-Action": actionId, Accept: "text/x-component", Origin: origin },
    multipart: body,
    maxRedirects: 0,
  });
  const text = await response.text();
  return {
    status: response.status(),
    redirect: response.headers()["x-action-redirect"] ?? null,
    result: actionResult(text),
    body: text,
  };
}

/**
 * The action's return value from the RSC payload: row 0 is `{"a": <value or "$@n">, ...}`, and a
 * "$@n" reference points at row n. Form states are plain JSON, so no other row kinds are needed.
 */
export function actionResult(payload: string): unknown {
  const rows = new Map<string, string>();
  for (const line of payload.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1], match[2]);
  }
  const root = rows.get("0");
  if (!root) return undefined;
  const answer = (JSON.parse(root) as { a?: unknown }).a;
  if (typeof answer === "string" && answer.startsWith("$@")) {
    const row = rows.get(answer.slice(2));
    return row === undefined ? undefined : JSON.parse(row);
  }
  return answer;
}
