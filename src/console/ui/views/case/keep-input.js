/** What the officer typed or chose in the page's forms, to survive a live redraw. */
export function captureInput(root) {
  const values = new Map(
    [...root.querySelectorAll("input[name], select[name], textarea[name]")].map((el) => [
      el.name,
      el.type === "checkbox" ? el.checked : el.value,
    ]),
  );
  return { values, focused: document.activeElement?.name };
}

export function restoreInput(root, { values, focused }) {
  for (const el of root.querySelectorAll("input[name], select[name], textarea[name]")) {
    if (!values.has(el.name)) continue;
    const value = values.get(el.name);
    if (el.type === "checkbox") el.checked = value;
    else if (el.tagName !== "SELECT" || [...el.options].some((o) => o.value === value)) el.value = value;
  }
  if (focused) root.querySelector(`[name="${focused}"]`)?.focus();
}
