/**
 * A client component kept mounted across renders, for the unit tests of what a form keeps when its
 * page renders it again (after something else saved on it) and what it sends. The unit tests run without a DOM, and
 * a static render cannot show what survives a second render: this renders into plain objects with
 * a React reconciler (the one @react-pdf/renderer already brings), where a field's node lives as
 * long as React keeps it, like the browser's. What a person types into an uncontrolled field lives
 * on its node, so a remount loses it as the browser does. Components that need the browser's DOM
 * (useFormStatus, focus and dialog effects) are mocked by the test files that render them.
 */
import { act, startTransition, type ReactElement } from "react";
import createReconciler from "@react-pdf/reconciler";

type Props = Record<string, unknown>;
/**
 * `value`: an uncontrolled field's value as the browser holds it. React sets it from the default
 * when it creates the field, and a later default does not change it (the field is dirty): only
 * typing does, or a form reset, which puts the default back.
 */
type HostNode = { type: string; props: Props; children: HostNode[]; text?: string; value?: string };

const FIELDS = new Set(["input", "textarea", "select"]);

const fallback = (props: Props) => String(props.defaultValue ?? "");

function remove(parent: HostNode, child: HostNode) {
  parent.children.splice(parent.children.indexOf(child), 1);
}

const reconciler = createReconciler({
  createInstance: (type: string, props: Props): HostNode => ({ type, props, children: [], value: fallback(props) }),
  createTextInstance: (text: string): HostNode => ({ type: "#text", props: {}, children: [], text }),
  appendChild: (parent: HostNode, child: HostNode) => parent.children.push(child),
  appendChildToContainer: (parent: HostNode, child: HostNode) => parent.children.push(child),
  insertBefore: (parent: HostNode, child: HostNode, before: HostNode) => parent.children.splice(parent.children.indexOf(before), 0, child),
  removeChild: remove,
  removeChildFromContainer: remove,
  commitUpdate: (node: HostNode, _payload: unknown, _type: string, _old: Props, props: Props) => {
    node.props = props;
  },
  commitTextUpdate: (node: HostNode, _old: string, text: string) => {
    node.text = text;
  },
  resetAfterCommit: () => {},
});

// React's act() waits for the updates a typed character or a form action schedules.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function nodes(node: HostNode): HostNode[] {
  return [node, ...node.children.flatMap(nodes)];
}

/** What a field shows: a controlled field its value, an uncontrolled one the value it holds. */
function shown(node: HostNode): string {
  return "value" in node.props ? String(node.props.value ?? "") : (node.value ?? "");
}

export function renderLive(element: ReactElement) {
  const root: HostNode = { type: "#root", props: {}, children: [] };
  const container = reconciler.createContainer(root);
  reconciler.updateContainer(element, container, null);
  const fields = () => nodes(root).filter((node) => FIELDS.has(node.type) && typeof node.props.name === "string");
  const field = (name: string) => {
    const found = fields().find((node) => node.props.name === name);
    if (!found) throw new Error(`No field named ${name}`);
    return found;
  };
  /** What the form would send: each named field and what it shows. */
  const sent = () => Object.fromEntries(fields().map((node) => [node.props.name as string, shown(node)]));
  return {
    /** The page renders the component again with new props (a refresh), as it stands. */
    rerender(next: ReactElement) {
      reconciler.updateContainer(next, container, null);
    },
    /** What the field named `name` shows. */
    value: (name: string) => shown(field(name)),
    /** The person types `text` over the field named `name`. */
    async type(name: string, text: string) {
      const node = field(name);
      node.value = text;
      const onChange = node.props.onChange as ((event: { target: { value: string } }) => void) | undefined;
      await act(async () => onChange?.({ target: { value: text } }));
    },
    sent,
    /** The names of the fields that carry the attribute `attribute` (React leaves out one given undefined). */
    fieldsWith: (attribute: string) => fields().filter((node) => node.props[attribute] !== undefined).map((node) => node.props.name as string),
    /**
     * The form is sent: its action runs with what it would send, as React runs a form's action,
     * and once it has run the form is reset (React resets a form after its action): each
     * uncontrolled field shows its default again.
     */
    async submit() {
      const form = nodes(root).find((node) => node.type === "form");
      if (!form) throw new Error("No form");
      const data = new FormData();
      for (const [name, value] of Object.entries(sent())) data.set(name, value);
      await act(async () => startTransition(() => (form.props.action as (data: FormData) => void)(data)));
      for (const node of nodes(form)) node.value = fallback(node.props);
    },
  };
}
