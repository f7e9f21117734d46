import { api } from "../api.js";
import { clear, field, h, toast } from "../dom.js";
import { ROLE_LABELS } from "./labels.js";

export async function renderAccount(main, session) {
  const current = h("input", { type: "password", name: "currentPassword", autocomplete: "current-password", required: true });
  const next = h("input", { type: "password", name: "newPassword", autocomplete: "new-password", required: true, minlength: 10 });
  const again = h("input", { type: "password", name: "newPasswordAgain", autocomplete: "new-password", required: true, minlength: 10 });
  clear(
    main,
    h("h1", {}, "Akun"),
    h("p", {}, `${session.me.name} (${session.me.username}) · ${ROLE_LABELS[session.me.role]} · ${session.me.agency.name}`),
    h(
      "form.card",
      {
        onsubmit: async (e) => {
          e.preventDefault();
          if (next.value !== again.value) return toast("Kata sandi baru dan ulangannya tidak sama.", "error");
          try {
            await api.post("/api/auth/password", { currentPassword: current.value, newPassword: next.value });
            toast("Kata sandi diganti. Sesi lain sudah diakhiri.", "ok");
            e.target.reset();
          } catch (error) {
            toast(error.message, "error");
          }
        },
      },
      h("h2", {}, "Ganti kata sandi"),
      field("Kata sandi lama", current),
      field("Kata sandi baru", next, "Minimal 10 karakter."),
      field("Ulangi kata sandi baru", again),
      h("button", { type: "submit" }, "Ganti kata sandi"),
    ),
  );
}
