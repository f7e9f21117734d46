import { api } from "../api.js";
import { clear, field, h, toast } from "../dom.js";
import { stacked } from "../table.js";

const PLACEHOLDER_HINT =
  "Penanda yang diisi otomatis saat templat dipakai: {tiket} nomor tiket, {nama} nama pelapor, {kantor} nama instansi Anda.";

/** My agency's reply templates: supervisors and admins add, edit, retire and restore them. */
export async function renderTemplates(main, session) {
  const { templates } = await api.get("/api/reply-templates?retired=1");
  const reload = async () => {
    // The composer's list comes with the reference data: keep it in step.
    session.reference = await api.get("/api/reference");
    await renderTemplates(main, session);
  };
  const run = (message, fn) => async (event) => {
    event?.preventDefault?.();
    try {
      await fn();
      toast(message, "ok");
      await reload();
    } catch (error) {
      toast(error.message, "error");
    }
  };

  const form = (template) => {
    const title = h("input", { name: "title", maxlength: 80, required: true, value: template?.title ?? "" });
    const text = h("textarea", { name: "text", rows: 4, maxlength: 2000, required: true }, template?.text ?? "");
    const save = () =>
      template
        ? api.post(`/api/reply-templates/${template.id}`, { title: title.value, text: text.value })
        : api.post("/api/reply-templates", { title: title.value, text: text.value });
    return h(
      "form.card",
      {
        "data-testid": template ? "template-edit" : "template-new",
        onsubmit: run(template ? "Templat disimpan." : "Templat ditambahkan.", save),
      },
      h("h2", {}, template ? `Ubah templat: ${template.title}` : "Tambah templat"),
      field("Judul", title),
      field("Isi", text, PLACEHOLDER_HINT),
      h("button", { type: "submit" }, template ? "Simpan" : "Tambah templat"),
      template ? h("button", { type: "button", class: "secondary", onclick: () => renderTemplates(main, session) }, "Batal") : null,
    );
  };

  const row = (t) =>
    h(
      "tr",
      { dataset: { template: t.id } },
      h("td", {}, t.title),
      h("td", {}, t.text),
      h("td", {}, t.retiredAt ? h("span.badge.warn", {}, "Dipensiunkan") : h("span.badge", {}, "Dipakai")),
      h(
        "td",
        {},
        h(
          "button",
          {
            type: "button",
            class: "secondary",
            onclick: () => clear(main, h("a.back", { href: "#/templat" }, "‹ Templat balasan"), form(t)),
          },
          "Ubah",
        ),
        t.retiredAt
          ? h(
              "button",
              { type: "button", onclick: run("Templat dipakai lagi.", () => api.post(`/api/reply-templates/${t.id}/restore`)) },
              "Pakai lagi",
            )
          : h(
              "button",
              {
                type: "button",
                class: "secondary",
                onclick: run("Templat dipensiunkan.", () => api.post(`/api/reply-templates/${t.id}/retire`)),
              },
              "Pensiunkan",
            ),
      ),
    );

  clear(
    main,
    h("h1", {}, `Templat balasan — ${session.me.agency?.name ?? "instansi saya"}`),
    h(
      "p",
      {},
      "Templat yang dipakai petugas instansi Anda saat membalas pelapor. Templat yang dipensiunkan tidak lagi ditawarkan, tetapi " +
        "tetap tersimpan. Setiap perubahan dicatat.",
    ),
    form(null),
    stacked(
      h(
        "table",
        { "data-testid": "templates" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ["Judul", "Isi", "Keadaan", "Tindakan"].map((t) => h("th", {}, t)),
          ),
        ),
        h("tbody", {}, templates.map(row)),
      ),
    ),
  );
}
