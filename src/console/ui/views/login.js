import { api } from "../api.js";
import { clear, field, h } from "../dom.js";

export function renderLogin(main, onSuccess) {
  document.getElementById("topbar").hidden = true;
  const username = h("input", { name: "username", autocomplete: "username", required: true, autofocus: true });
  const password = h("input", { name: "password", type: "password", autocomplete: "current-password", required: true });
  const error = h("p.error", { role: "alert" });
  const submit = h("button", { type: "submit" }, "Masuk");
  const form = h(
    "form.card.login",
    {
      onsubmit: async (event) => {
        event.preventDefault();
        submit.disabled = true;
        error.textContent = "";
        try {
          const me = await api.post("/api/auth/login", { username: username.value.trim(), password: password.value });
          await onSuccess(me);
        } catch (e) {
          error.textContent = e.message;
        } finally {
          submit.disabled = false;
        }
      },
    },
    h("h1", {}, "Masuk ke Konsol Pengaduan PMI"),
    h("p", {}, "Untuk petugas KP2MI/BP3MI dan dinas terkait."),
    field("Nama pengguna", username),
    field("Kata sandi", password),
    error,
    submit,
  );
  clear(main, form);
}
