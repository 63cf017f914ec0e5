/**
 * The props of a button that opens the modal dialog with this id. The invoker command opens it in
 * the browser itself, so a click before the page has hydrated is not lost (a row's Delete pressed
 * as soon as a search has loaded); the click handler serves browsers without invoker commands.
 * When both run, the command finds the dialog open and does nothing.
 */
export function opensDialog(id: string) {
  return { command: "show-modal", commandfor: id, onClick: () => dialogById(id)?.showModal() } as const;
}

/** The props of a button that closes the modal dialog with this id (Cancel), in the same two ways. */
export function closesDialog(id: string) {
  return { command: "close", commandfor: id, onClick: () => dialogById(id)?.close() } as const;
}

function dialogById(id: string): HTMLDialogElement | null {
  const element = document.getElementById(id);
  return element instanceof HTMLDialogElement ? element : null;
}
