// Notices for the signed-in officer: the badge, the panel, the unread count in the tab title,
// and for emergencies (notice.alert) a banner, a sound the officer can turn off and, when the
// officer allowed it, the browser's desktop notification. Opening a notice marks it read.
import { api } from "./api.js";
import { clear, formatDate, h } from "./dom.js";

const TITLE = "Konsol Pengaduan PMI";
/** localStorage: "mati" when the officer turned the emergency sound off (on by default). */
const SOUND_SETTING = "pmi.suaraDarurat";

const soundOn = () => localStorage.getItem(SOUND_SETTING) !== "mati";
const desktopSupported = () => "Notification" in window;

let audio = null;
/** Browsers start sound only after a gesture: the first click or key on the page opens the audio context. */
function unlockAudio() {
  if (!audio && "AudioContext" in window) audio = new AudioContext();
  if (audio?.state === "suspended") void audio.resume().catch(() => {});
}
document.addEventListener("pointerdown", unlockAudio, { once: true });
document.addEventListener("keydown", unlockAudio, { once: true });

/** Two short rising tones, made with WebAudio (no sound file to fetch). */
function ring() {
  unlockAudio();
  if (!audio) return;
  const start = audio.currentTime + 0.02;
  [660, 880, 660, 880].forEach((frequency, i) => {
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.type = "sine";
    tone.frequency.value = frequency;
    const at = start + i * 0.22;
    volume.gain.setValueAtTime(0.0001, at);
    volume.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
    volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.2);
    tone.connect(volume).connect(audio.destination);
    tone.start(at);
    tone.stop(at + 0.21);
  });
}

export function createAlerts() {
  /** Ids of the notices already on screen; null until the first load (old notices do not ring). */
  let known = null;

  const caseHref = (n) => (n.caseId ? `#/kasus/${n.caseId}` : "#/");

  /** Opens a notice: marks it read, then goes to its case. */
  const open = (n) => async (event) => {
    event?.preventDefault?.();
    document.getElementById("alert-banner").hidden = true;
    try {
      if (!n.readAt) await api.post("/api/notifications/read", { ids: [n.id] });
    } catch {
      // Still open the case; the notice stays unread and can be marked later.
    }
    if (location.hash !== caseHref(n)) location.hash = caseHref(n);
    await refresh();
  };

  function desktopNotify(n) {
    if (!desktopSupported() || Notification.permission !== "granted") return;
    try {
      const shown = new Notification("Kasus darurat", { body: n.text, tag: n.id, requireInteraction: true });
      shown.onclick = () => {
        window.focus();
        shown.close();
        void open(n)();
      };
    } catch {
      // Some browsers allow notifications only from a service worker: the banner and sound remain.
    }
  }

  function desktopControl() {
    if (!desktopSupported()) return h("p.hint", {}, "Peramban ini tidak mendukung pemberitahuan desktop.");
    if (Notification.permission === "granted") return h("p.hint", {}, "Pemberitahuan desktop aktif untuk kasus darurat.");
    if (Notification.permission === "denied")
      return h("p.hint", {}, "Pemberitahuan desktop diblokir. Izinkan lewat pengaturan situs di peramban.");
    return h(
      "button",
      {
        type: "button",
        class: "secondary",
        "data-testid": "allow-desktop",
        onclick: async () => {
          await Notification.requestPermission();
          await refresh();
        },
      },
      "Izinkan pemberitahuan desktop untuk kasus darurat",
    );
  }

  function settings() {
    return h(
      "div.alert-settings",
      {},
      h(
        "label.check",
        {},
        h("input", {
          type: "checkbox",
          checked: soundOn(),
          "data-testid": "alert-sound",
          onchange: (e) => {
            if (e.target.checked) localStorage.removeItem(SOUND_SETTING);
            else localStorage.setItem(SOUND_SETTING, "mati");
          },
        }),
        " Bunyikan suara untuk kasus darurat",
      ),
      desktopControl(),
    );
  }

  function showBanner(fresh) {
    const banner = document.getElementById("alert-banner");
    clear(
      banner,
      h("strong", {}, fresh.length === 1 ? "Kasus darurat baru" : `${fresh.length} pemberitahuan darurat baru`),
      h(
        "ul",
        {},
        fresh.slice(0, 3).map((n) => h("li", {}, h("a", { href: caseHref(n), onclick: open(n) }, n.text))),
      ),
      // The moment an officer sees why desktop notifications help: offer them here too.
      desktopSupported() && Notification.permission === "default" ? desktopControl() : null,
      h("button", { type: "button", class: "secondary", onclick: () => (banner.hidden = true) }, "Tutup"),
    );
    banner.hidden = false;
  }

  function render(data) {
    document.getElementById("notif-count").textContent = String(data.unread);
    document.title = data.unread > 0 ? `(${data.unread}) ${TITLE}` : TITLE;
    clear(
      document.getElementById("notif-panel"),
      h("h2", {}, "Pemberitahuan"),
      settings(),
      data.notifications.length === 0
        ? h("p", {}, "Belum ada pemberitahuan.")
        : h(
            "ul.notifications",
            {},
            data.notifications.map((n) =>
              h(
                "li",
                { class: `${n.readAt ? "read" : "unread"}${n.alert ? " alert" : ""}`, dataset: { notice: n.id } },
                h("a", { href: caseHref(n), onclick: open(n) }, n.text),
                h("small", {}, formatDate(n.createdAt)),
              ),
            ),
          ),
      h(
        "button",
        {
          type: "button",
          class: "secondary",
          onclick: async () => {
            await api.post("/api/notifications/read", {});
            await refresh();
          },
        },
        "Tandai semua sudah dibaca",
      ),
    );
  }

  async function refresh() {
    let data;
    try {
      data = await api.get("/api/notifications");
    } catch {
      return; // The badge stays as it was; the next event or page load refreshes it.
    }
    // Emergencies that arrived since the last look ring once; those there at sign-in do not.
    const fresh = known ? data.notifications.filter((n) => n.alert && !n.readAt && !known.has(n.id)) : [];
    known = new Set(data.notifications.map((n) => n.id));
    render(data);
    if (fresh.length === 0) return;
    showBanner(fresh);
    if (soundOn()) ring();
    for (const n of fresh.slice(0, 3)) desktopNotify(n);
  }

  function reset() {
    known = null;
    document.title = TITLE;
    document.getElementById("alert-banner").hidden = true;
  }

  return { refresh, reset };
}
