import { api } from "../api.js";
import { clear, field, h, toast } from "../dom.js";
import { stacked } from "../table.js";

const KIND_LABELS = {
  KBRI: "Kedutaan Besar (KBRI)",
  KJRI: "Konsulat Jenderal (KJRI)",
  KDEI: "Kantor Dagang dan Ekonomi (KDEI)",
  KRI: "Konsulat (KRI)",
};

/** The directory emergency replies draw on: every officer reads it; admins edit and confirm entries. */
export async function renderDirectory(main, session) {
  const data = await api.get("/api/directory");
  const admin = session.me?.role === "ADMIN";
  const reload = () => renderDirectory(main, session);

  const status = (entry) => (entry.warning ? h("span.badge.warn", {}, entry.warning) : h("span.badge", {}, "Sudah dikonfirmasi"));
  const source = (entry) =>
    h(
      "td",
      {},
      entry.sourceUrl ? h("a", { href: entry.sourceUrl, target: "_blank", rel: "noopener noreferrer" }, "sumber") : "tanpa sumber",
      entry.checkedOn ? ` (diperiksa ${entry.checkedOn})` : "",
    );
  const actions = (entry, editPath, form) =>
    admin
      ? h(
          "td",
          {},
          h("button", { type: "button", onclick: () => form() }, "Ubah"),
          entry.warning
            ? h(
                "button",
                {
                  type: "button",
                  onclick: async () => {
                    await api.post(`${editPath}/confirm`);
                    toast("Data sudah dikonfirmasi.", "ok");
                    await reload();
                  },
                },
                "Konfirmasi",
              )
            : null,
        )
      : null;

  const editForm = (title, path, fields) => {
    const inputs = fields.map(([key, label, value]) => [
      key,
      h("input", { value: Array.isArray(value) ? value.join(", ") : (value ?? "") }),
      label,
    ]);
    const dialog = h(
      "form.panel",
      {
        onsubmit: async (event) => {
          event.preventDefault();
          const body = {};
          for (const [key, input] of inputs) {
            const v = input.value.trim();
            body[key] =
              key === "areas"
                ? v
                    .split(",")
                    .map((a) => a.trim())
                    .filter(Boolean)
                : v === ""
                  ? null
                  : v;
          }
          try {
            await api.post(path, body);
            toast("Perubahan tersimpan. Data perlu dikonfirmasi lagi.", "ok");
            await reload();
          } catch (error) {
            toast(error.message, "error");
          }
        },
      },
      h("h2", {}, title),
      inputs.map(([, input, label]) => field(label, input)),
      h("button", { type: "submit" }, "Simpan"),
      h("button", { type: "button", onclick: () => dialog.remove() }, "Batal"),
    );
    main.prepend(dialog);
    inputs[0]?.[1].focus();
  };

  clear(
    main,
    h("h1", {}, "Direktori Perwakilan RI dan Nomor Darurat"),
    h(
      "p",
      {},
      "Balasan darurat kepada pekerja migran memakai data ini: perwakilan RI terdekat lebih dulu. Data yang belum dikonfirmasi " +
        'administrator ditandai "periksa sebelum dipakai".',
    ),
    h("h2", {}, "Perwakilan RI"),
    h(
      "table",
      {},
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ["Negara", "Perwakilan", "Jenis", "Wilayah", "Telepon", "Sumber", "Catatan", "Keadaan", admin ? "Tindakan" : null]
            .filter(Boolean)
            .map((t) => h("th", {}, t)),
        ),
      ),
      h(
        "tbody",
        {},
        data.missions.map((m) =>
          h(
            "tr",
            { dataset: { mission: m.id } },
            h("td", {}, m.country),
            h("td", {}, m.name),
            h("td", {}, KIND_LABELS[m.kind] ?? m.kind),
            h("td", {}, [m.city, ...m.areas.filter((a) => a !== m.city.toLowerCase())].join(", ")),
            h("td", {}, m.phone ?? "belum ada"),
            source(m),
            h("td", {}, m.note ?? ""),
            h("td", {}, status(m)),
            actions(m, `/api/directory/missions/${encodeURIComponent(m.id)}`, () =>
              editForm(`Ubah ${m.name}`, `/api/directory/missions/${encodeURIComponent(m.id)}`, [
                ["phone", "Telepon", m.phone],
                ["city", "Kota", m.city],
                ["areas", "Wilayah (pisahkan dengan koma)", m.areas],
                ["sourceUrl", "Alamat sumber", m.sourceUrl],
                ["checkedOn", "Tanggal diperiksa (TTTT-BB-HH)", m.checkedOn],
                ["note", "Catatan", m.note],
              ]),
            ),
          ),
        ),
      ),
    ),
    h("h2", {}, "Nomor darurat setempat"),
    h(
      "table",
      {},
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ["Negara", "Ambulans", "Polisi", "Pemadam kebakaran", "Sumber", "Catatan", "Keadaan", admin ? "Tindakan" : null]
            .filter(Boolean)
            .map((t) => h("th", {}, t)),
        ),
      ),
      h(
        "tbody",
        {},
        data.countries.map((c) =>
          h(
            "tr",
            { dataset: { country: c.country } },
            h("td", {}, c.country),
            h("td", {}, c.ambulance ?? "–"),
            h("td", {}, c.police ?? "–"),
            h("td", {}, c.fire ?? "–"),
            source(c),
            h("td", {}, c.note ?? ""),
            h("td", {}, status(c)),
            actions(c, `/api/directory/countries/${encodeURIComponent(c.country)}`, () =>
              editForm(`Ubah nomor darurat ${c.country}`, `/api/directory/countries/${encodeURIComponent(c.country)}`, [
                ["ambulance", "Ambulans", c.ambulance],
                ["police", "Polisi", c.police],
                ["fire", "Pemadam kebakaran", c.fire],
                ["sourceUrl", "Alamat sumber", c.sourceUrl],
                ["checkedOn", "Tanggal diperiksa (TTTT-BB-HH)", c.checkedOn],
                ["note", "Catatan", c.note],
              ]),
            ),
          ),
        ),
      ),
    ),
  );
  // Cards on a phone, as every table of the console.
  for (const table of main.querySelectorAll("table")) stacked(table);
}
