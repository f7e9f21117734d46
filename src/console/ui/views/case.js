import { api } from "../api.js";
import { clear, field, formatDate, formatRemaining, h, option, toast } from "../dom.js";
import { CHANNEL_LABELS, MESSAGE_STATE_LABELS, ROLE_LABELS, SLA_LABELS, URGENCY_LABELS } from "./labels.js";

/** A reporter's file in the thread: voice notes and videos play, photos show, other files download. */
function attachmentView(a) {
  const download = h("a.attachment", { href: a.url, download: a.fileName ?? "lampiran" }, `Unduh ${a.fileName ?? "lampiran"} (${Math.ceil(a.size / 1024)} KB)`);
  const transcript = a.transcript ? h("p.transcript", {}, h("strong", {}, "Transkrip otomatis: "), a.transcript) : null;
  switch (a.media) {
    case "image":
      return h("a.attachment", { href: a.url, target: "_blank", rel: "noopener" }, h("img", { src: a.url, alt: a.fileName ?? "Foto lampiran", loading: "lazy" }));
    case "audio":
      return h("div.media", {}, h("audio", { controls: true, src: a.url, preload: "metadata" }), transcript, download);
    case "video":
      return h("div.media", {}, h("video", { controls: true, src: a.url, preload: "metadata", width: 320 }), transcript, download);
    default:
      return download;
  }
}

export async function renderCase(main, session, caseId) {
  const factLabel = (name) => session.reference.factFields.find((f) => f.field === name)?.label ?? name;
  const ref = session.reference;
  // Numbers inside the description and messages come masked until the officer reveals them (audited).
  let revealTexts = false;
  const load = async () => {
    const reveal = revealTexts ? "?reveal=texts" : "";
    const [c, thread, timeline] = await Promise.all([
      api.get(`/api/cases/${caseId}${reveal}`),
      api.get(`/api/cases/${caseId}/messages${reveal}`),
      api.get(`/api/cases/${caseId}/events`),
    ]);
    draw(c, thread.messages, timeline.events);
  };

  /** Runs an action, reports the result, reloads the page data. */
  const act = (label, fn) => async (event) => {
    event?.preventDefault?.();
    const button = event?.submitter ?? event?.target;
    if (button) button.disabled = true;
    try {
      const result = await fn();
      toast(label, "ok");
      if (result?.stillVisible === false) {
        location.hash = "#/";
        return;
      }
      await load();
    } catch (error) {
      toast(error.message, "error");
    } finally {
      if (button) button.disabled = false;
    }
  };

  // A redraw (a live update of this case) keeps what the officer was typing; the first draw has nothing to keep.
  let drawn = false;
  function draw(c, messages, events) {
    const now = Date.now();
    const clock = (name, s) =>
      s
        ? h("div.clock", { class: `clock sla-${s.state}` }, h("strong", {}, name), " ", SLA_LABELS[s.state], s.state === "running" || (s.state === "breached" && !["SELESAI", "DITUTUP"].includes(c.status)) ? ` · ${formatRemaining(new Date(s.dueAt).getTime() - now)}` : "", h("small", {}, ` (tenggat ${formatDate(s.dueAt)})`))
        : null;

    const masked = (label, fieldName, value) =>
      h(
        "div.pii",
        {},
        h("dt", {}, label),
        h(
          "dd",
          {},
          h("span", { "data-pii": fieldName }, value ?? "–"),
          value
            ? h(
                "button",
                {
                  type: "button",
                  class: "link",
                  onclick: async (e) => {
                    try {
                      const res = await api.post(`/api/cases/${caseId}/reveal`, { field: fieldName });
                      e.target.previousSibling.textContent = res.value ?? "–";
                      e.target.remove();
                    } catch (error) {
                      toast(error.message, "error");
                    }
                  },
                },
                "Tampilkan",
              )
            : null,
        ),
      );

    const detail = h(
      "section.card",
      {},
      h("h2", {}, "Data pelapor dan pekerja"),
      h(
        "dl.facts",
        {},
        h("dt", {}, "Pelapor"),
        h("dd", {}, c.reporter.name ?? "–", c.onBehalf ? ` (keluarga${c.relationship ? `: ${c.relationship}` : ""})` : " (pekerja sendiri)", c.reporter.unreachable ? h("span.badge.warn", {}, "Tidak dapat dihubungi") : null),
        masked("Telepon pelapor", "reporterPhone", c.reporter.phone),
        h("dt", {}, "Nama pekerja"),
        h("dd", { "data-testid": "worker-name" }, c.worker.name ?? "–"),
        masked("Telepon pekerja", "workerPhone", c.worker.phone),
        masked("Nomor paspor", "passportNumber", c.worker.passportNumber),
        masked("NIK", "nik", c.worker.nik),
        h("dt", {}, "Daerah asal"),
        h("dd", { "data-testid": "origin" }, c.regency?.label ?? c.region?.name ?? c.originText ?? "Belum diketahui"),
        h("dt", {}, "Negara tujuan"),
        h("dd", {}, [c.destinationCountry, c.cityAbroad].filter(Boolean).join(", ") || "–"),
        h("dt", {}, "Majikan"),
        h("dd", {}, c.employerName ?? "–"),
        h("dt", {}, "Perusahaan penempatan (P3MI/PT)"),
        h("dd", {}, c.placementCompany ?? "–"),
        h("dt", {}, "Agensi di luar negeri"),
        h("dd", {}, c.agencyAbroad ?? "–"),
        h("dt", {}, "Sektor pekerjaan"),
        h("dd", {}, c.workSectorLabel ?? "–"),
        h("dt", {}, "Tanggal keberangkatan"),
        h("dd", {}, c.departureDate ?? "–"),
        h("dt", {}, "Kanal"),
        h("dd", {}, CHANNEL_LABELS[c.channel] ?? c.channel),
        h("dt", {}, "Jenis lain"),
        h("dd", {}, c.extraKinds.length ? c.extraKinds.map((k) => k.label).join(", ") : "–"),
        h("dt", {}, "Pengikut (keluarga)"),
        h("dd", {}, c.followers.length ? c.followers.map((f) => `${f.name ?? "Tanpa nama"}${f.verified ? "" : " (belum diverifikasi)"}`).join(", ") : "–"),
      ),
      h("h3", {}, "Uraian"),
      h("p.description", {}, c.description),
      revealTexts
        ? null
        : h("button", { type: "button", class: "link", "data-testid": "reveal-texts", onclick: act("Nomor dalam uraian dan percakapan ditampilkan (dicatat).", async () => { revealTexts = true; }) }, "Tampilkan nomor dalam uraian dan percakapan"),
    );

    const parties = h(
      "section.card",
      {},
      h("h2", {}, "Instansi yang terlibat"),
      h("ul.parties", {}, c.parties.map((p) => h("li", {}, h("strong", {}, p.name), ` — ${ROLE_LABELS[p.role]}`, p.reason ? h("small", {}, ` (${p.reason})`) : null))),
    );

    const thread = h(
      "section.card.thread",
      {},
      h("h2", {}, "Percakapan"),
      h(
        "ol.messages",
        { "data-testid": "thread" },
        messages.map((m) =>
          h(
            "li",
            { class: `msg ${m.direction === "IN" ? "in" : "out"}${m.state === "FAILED" ? " failed" : ""}` },
            h("div.meta", {}, m.direction === "IN" ? "Pelapor" : m.officerName ? `Petugas: ${m.officerName}` : "Layanan otomatis", " · ", formatDate(m.createdAt), m.direction === "OUT" ? ` · ${MESSAGE_STATE_LABELS[m.state] ?? m.state}` : ""),
            m.text ? h("p.text", {}, m.text) : m.kind !== "text" ? h("p.text.muted", {}, `(${m.kind})`) : null,
            m.error ? h("p.error", {}, `Gagal: ${m.error}`) : null,
            m.attachments.map(attachmentView),
          ),
        ),
      ),
    );

    const replyText = h("textarea", { name: "reply", rows: 4, maxlength: 4000, required: true });
    const templates = h(
      "select",
      { name: "template", onchange: (e) => { const t = ref.templates.find((x) => x.id === e.target.value); if (t) replyText.value = t.text; } },
      option("", "Pilih templat balasan…"),
      ref.templates.map((t) => option(t.id, t.title)),
    );
    const closed = Boolean(c.mergedInto) || c.status === "DITUTUP";
    const replyToFamily = h("input", { type: "checkbox", name: "replyToFamily" });
    const replyForm = h(
      "form.card",
      { onsubmit: act("Balasan dalam antrean pengiriman; tandanya di percakapan berubah menjadi Terkirim setelah dikirim.", async () => { await api.post(`/api/cases/${caseId}/reply`, { text: replyText.value, alsoToFamily: replyToFamily.checked }); replyText.value = ""; replyToFamily.checked = false; }) },
      h("h2", {}, `Balas pelapor (${CHANNEL_LABELS[c.channel] ?? c.channel})`),
      field("Templat", templates),
      field("Pesan", replyText, "Dikirim atas nama instansi Anda dengan nomor tiket."),
      h("label.check", {}, replyToFamily, " Juga kirim ke keluarga yang mengikuti pengaduan ini"),
      h("button", { type: "submit", disabled: closed }, "Kirim balasan"),
    );

    const noteText = h("textarea", { name: "note", rows: 3, maxlength: 5000, required: true });
    const noteForm = h(
      "form.card",
      { onsubmit: act("Catatan internal disimpan.", async () => { await api.post(`/api/cases/${caseId}/notes`, { text: noteText.value }); noteText.value = ""; }) },
      h("h2", {}, "Catatan internal"),
      field("Catatan", noteText, "Hanya dilihat petugas; tidak pernah dikirim ke pelapor."),
      h("button", { type: "submit", class: "secondary" }, "Simpan catatan"),
    );

    const steering = [];
    if (c.canSteer && !closed) {
      const to = h("select", { name: "status" }, c.transitions.map((t) => option(t.status, t.label)));
      const note = h("input", { name: "statusNote", maxlength: 1000 });
      const noteToFamily = h("input", { type: "checkbox", name: "statusNoteToFamily" });
      steering.push(
        h(
          "form.card",
          { onsubmit: act("Status diubah; pemberitahuan ke pelapor dalam antrean pengiriman.", () => api.post(`/api/cases/${caseId}/status`, { to: to.value, ...(note.value.trim() ? { note: note.value.trim() } : {}), alsoToFamily: noteToFamily.checked })) },
          h("h2", {}, "Ubah status"),
          field("Status baru", to),
          field("Catatan untuk pelapor (opsional)", note),
          h("label.check", {}, noteToFamily, " Juga kirim catatan ini ke keluarga yang mengikuti"),
          h("button", { type: "submit", disabled: c.transitions.length === 0 }, "Ubah status"),
        ),
      );
      const officerSelect = h("select", { name: "officer" }, option("", "Belum ditugaskan"), ref.officers.map((o) => option(o.id, o.name, c.assignedOfficer?.id === o.id)));
      const supervisor = ["SUPERVISOR", "ADMIN"].includes(session.me.role);
      steering.push(
        h(
          "div.card",
          {},
          h("h2", {}, "Penugasan"),
          h("p", {}, `Petugas: ${c.assignedOfficer?.name ?? "belum ditugaskan"}`),
          c.assignedOfficer?.id !== session.me.id ? h("button", { type: "button", onclick: act("Kasus diambil.", () => api.post(`/api/cases/${caseId}/claim`)) }, "Ambil kasus ini") : null,
          supervisor
            ? h("form.inline", { onsubmit: act("Penugasan disimpan.", () => api.post(`/api/cases/${caseId}/assign`, { officerId: officerSelect.value || null })) }, field("Tugaskan ke", officerSelect), h("button", { type: "submit", class: "secondary" }, "Tugaskan"))
            : null,
        ),
      );
      const others = ref.agencies.filter((a) => !c.parties.some((p) => p.agencyId === a.id && p.role === "LEAD"));
      const referTo = h("select", { name: "referAgency" }, others.map((a) => option(a.id, a.name)));
      const referReason = h("input", { name: "referReason", required: true, maxlength: 1000 });
      const keep = h("input", { type: "checkbox", name: "keepAsSupport", checked: true });
      steering.push(
        h(
          "form.card",
          { onsubmit: act("Kasus dirujuk.", () => api.post(`/api/cases/${caseId}/refer`, { agencyId: referTo.value, reason: referReason.value, previousLead: keep.checked ? "SUPPORT" : "REMOVE" })) },
          h("h2", {}, "Rujuk ke instansi lain"),
          field("Instansi tujuan", referTo),
          field("Alasan rujukan", referReason),
          h("label.check", {}, keep, "Instansi saya tetap terlibat sebagai pendukung"),
          h("button", { type: "submit" }, "Rujuk"),
        ),
      );
      const intoTicket = h("input", { name: "intoTicket", placeholder: "PMI-XXXXXX", required: true, maxlength: 20 });
      steering.push(
        h(
          "form.card",
          { onsubmit: act("Kasus digabungkan.", () => api.post(`/api/cases/${caseId}/merge`, { intoTicket: intoTicket.value.trim() })) },
          h("h2", {}, "Gabungkan kasus duplikat"),
          field("Gabungkan kasus ini ke tiket", intoTicket, "Kasus ini akan ditutup; penanganan berlanjut di tiket tujuan."),
          h("button", { type: "submit", class: "secondary" }, "Gabungkan"),
        ),
      );
    }
    if (c.canAddParties && !closed) {
      const addable = ref.agencies.filter((a) => !c.parties.some((p) => p.agencyId === a.id));
      const partySelect = h("select", { name: "partyAgency" }, addable.map((a) => option(a.id, a.name)));
      const partyReason = h("input", { name: "partyReason", required: true, maxlength: 1000 });
      steering.push(
        h(
          "form.card",
          { onsubmit: act("Instansi pendukung ditambahkan.", () => api.post(`/api/cases/${caseId}/parties`, { agencyId: partySelect.value, reason: partyReason.value })) },
          h("h2", {}, "Tambahkan instansi pendukung"),
          field("Instansi", partySelect),
          field("Alasan", partyReason),
          h("button", { type: "submit", class: "secondary", disabled: addable.length === 0 }, "Tambahkan"),
        ),
      );
    }

    if (c.canSteer && !closed) {
      const kindSelect = h("select", { name: "kind" }, ref.kinds.map((k) => option(k.kind, k.label, k.kind === c.kind)));
      const urgencySelect = h("select", { name: "urgency" }, Object.entries(URGENCY_LABELS).map(([u, label]) => option(u, label, u === c.urgency)));
      steering.unshift(
        h(
          "form.card",
          { "data-testid": "classification", onsubmit: act("Jenis dan urgensi disimpan.", () => api.post(`/api/cases/${caseId}/classification`, { kind: kindSelect.value, urgency: urgencySelect.value })) },
          h("h2", {}, "Jenis dan urgensi"),
          field("Jenis masalah", kindSelect),
          field("Urgensi", urgencySelect),
          h("button", { type: "submit", class: "secondary" }, "Simpan jenis dan urgensi"),
        ),
      );
    }

    // Identifiers are never filled in (they are masked): typed, they replace the stored number.
    const IDENTIFIERS = { workerPhone: c.worker.phone, passportNumber: c.worker.passportNumber, nik: c.worker.nik };
    const factValue = { workerName: c.worker.name, employerName: c.employerName, placementCompany: c.placementCompany, agencyAbroad: c.agencyAbroad, destinationCountry: c.destinationCountry, cityAbroad: c.cityAbroad, workSector: c.workSector, departureDate: c.departureDate };
    const factInputs = ref.factFields.map(({ field: name, label }) => {
      const control =
        name === "workSector"
          ? h("select", { name: `fact-${name}` }, option("", "Belum diketahui"), ref.workSectors.map((s) => option(s.code, s.label, s.code === c.workSector)))
          : name in IDENTIFIERS
            ? h("input", { name: `fact-${name}`, maxlength: 200, placeholder: IDENTIFIERS[name] ? `Tersimpan: ${IDENTIFIERS[name]} (isi untuk mengganti)` : "" })
            : h("input", { name: `fact-${name}`, maxlength: 200, value: factValue[name] ?? "" });
      return { name, control: field(label, control), input: control };
    });
    const factsForm = h(
      "form.card",
      {
        "data-testid": "facts-form",
        onsubmit: act("Data kasus disimpan.", () =>
          api.post(
            `/api/cases/${caseId}/facts`,
            Object.fromEntries(
              factInputs
                .filter(({ name, input }) => !(name in IDENTIFIERS) || input.value.trim())
                .map(({ name, input }) => [name, input.value.trim() || null]),
            ),
          ),
        ),
      },
      h("h2", {}, "Lengkapi data kasus"),
      factInputs.map((f) => f.control),
      h("button", { type: "submit", class: "secondary" }, "Simpan data"),
    );

    const checklist = h(
      "section.card",
      { "data-testid": "document-checklist" },
      h("h2", {}, "Dokumen yang diperlukan"),
      h("ul", {}, c.documentChecklist.map((d) => h("li", {}, d))),
    );

    const timeline = h(
      "section.card",
      {},
      h("h2", {}, "Linimasa"),
      h(
        "ol.timeline",
        { "data-testid": "timeline" },
        events.map((e) =>
          h(
            "li",
            {},
            h("strong", {}, e.label),
            e.toStatusLabel ? ` → ${e.toStatusLabel}` : "",
            e.note ? h("p", {}, e.note) : null,
            e.type === "FACTS_EDITED" && e.data?.changes
              ? h("ul.changes", {}, e.data.changes.map((d) => h("li", {}, `${factLabel(d.field)}: ${d.from ?? "–"} → ${d.to ?? "–"}`)))
              : null,
            h("small", {}, [formatDate(e.createdAt), e.officerName, e.agencyName].filter(Boolean).join(" · ")),
          ),
        ),
      ),
    );

    // Live updates redraw the page: what the officer typed or chose in any form survives it.
    const kept = new Map([...main.querySelectorAll("input[name], select[name], textarea[name]")].map((el) => [el.name, el.type === "checkbox" ? el.checked : el.value]));
    const focused = document.activeElement?.name;
    clear(
      main,
      h("a.back", { href: "#/" }, "‹ Kotak masuk"),
      h(
        "header.case-head",
        {},
        h("h1", {}, `Tiket ${c.ticket}`),
        h(`span.badge.u-${c.urgency.toLowerCase()}`, {}, URGENCY_LABELS[c.urgency]),
        h("span.badge.status", { "data-testid": "case-status" }, c.statusLabel),
        h("span", {}, c.kindLabel),
        c.sla.breaches ? h("span.badge.warn", {}, `Eskalasi SLA: ${c.sla.breaches}`) : null,
        c.mergedInto ? h("p", {}, "Digabungkan ke ", h("a", { href: `#/kasus/${c.mergedInto.id}` }, c.mergedInto.ticket)) : null,
        c.merged.length ? h("p", {}, "Kasus yang digabung ke sini: ", c.merged.map((m) => h("a", { href: `#/kasus/${m.id}` }, `${m.ticket} `))) : null,
      ),
      h("div.clocks", {}, clock("Respons pertama:", c.sla.firstResponse), clock("Penyelesaian:", c.sla.resolution)),
      h("div.case-grid", {}, h("div.col", {}, detail, thread, replyForm, noteForm, factsForm), h("div.col", {}, parties, checklist, steering, timeline)),
    );
    if (drawn) {
      for (const el of main.querySelectorAll("input[name], select[name], textarea[name]")) {
        if (!kept.has(el.name)) continue;
        const value = kept.get(el.name);
        if (el.type === "checkbox") el.checked = value;
        else if (el.tagName !== "SELECT" || [...el.options].some((o) => o.value === value)) el.value = value;
      }
      if (focused) main.querySelector(`[name="${focused}"]`)?.focus();
    }
    drawn = true;
  }

  let timer;
  session.onCaseEvent = (event) => {
    if (event.caseId !== caseId) return;
    clearTimeout(timer);
    timer = setTimeout(() => void load().catch(() => {}), 250);
  };
  await load();
}
