// Building DOM without innerHTML: every piece of data becomes a text node, so a name or a
// message containing HTML or script is shown as text and never runs.

/** h("tag.class#id", { attr: value, onclick: fn }, ...children) */
export function h(spec, attrs = {}, ...children) {
  const [, tag = "div", rest = ""] = /^([a-z0-9-]+)?(.*)$/i.exec(spec) ?? [];
  const el = document.createElement(tag);
  for (const part of rest.match(/[.#][^.#]+/g) ?? []) {
    if (part[0] === ".") el.classList.add(part.slice(1));
    else el.id = part.slice(1);
  }
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    // Through CSSOM: the Content-Security-Policy forbids inline style attributes.
    else if (key === "style") Object.assign(el.style, value);
    else if (key === "value") el.value = value;
    else if (key === "checked") el.checked = Boolean(value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export function option(value, label, selected) {
  return h("option", { value, selected: selected ? "" : undefined }, label);
}

let fieldCount = 0;

/** A labelled control; the hint is its description, not part of its accessible name. */
export function field(label, control, hint) {
  fieldCount += 1;
  control.id ||= `f${fieldCount}`;
  const hintEl = hint ? h("small", { id: `${control.id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute("aria-describedby", hintEl.id);
  return h("div.field", {}, h("label", { for: control.id }, label), control, hintEl);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

/** "23 Nov 2026 14.05" in the officer's local time. */
export function formatDate(value) {
  if (!value) return "–";
  const d = new Date(value);
  const hh = String(d.getHours()).padStart(2, "0");
  const mm = String(d.getMinutes()).padStart(2, "0");
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()} ${hh}.${mm}`;
}

/** "2 hari 3 jam lagi" / "terlambat 5 jam". */
/** A length of time in Indonesian: "2 hari 3 jam", "1 jam 5 menit", "4 menit". */
export function formatDuration(ms) {
  const abs = Math.abs(ms);
  const days = Math.floor(abs / 86_400_000);
  const hours = Math.floor((abs % 86_400_000) / 3_600_000);
  const minutes = Math.floor((abs % 3_600_000) / 60_000);
  return days > 0 ? `${days} hari ${hours} jam` : hours > 0 ? `${hours} jam ${minutes} menit` : `${minutes} menit`;
}

export function formatRemaining(ms) {
  const text = formatDuration(ms);
  return ms >= 0 ? `${text} lagi` : `terlambat ${text}`;
}

export function toast(message, kind = "info") {
  const el = document.getElementById("toast");
  el.className = kind;
  el.textContent = message;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => {
    el.textContent = "";
    el.className = "";
  }, 5000);
}
