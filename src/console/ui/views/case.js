// The case page: loads the case, lays out its panels (views/case/*.js), reloads on live events.
// Each panel is a function of one context object ({ c, messages, events, caseId, session, ref, act, fold, ... }).
// Desktop: the conversation and its composer on the left, actions and the record on the right.
// Phone (one column, app.css): status change, assignment (folded) and conversation first, folded details after.
import { api } from "../api.js";
import { confirmDialog } from "../confirm-dialog.js";
import { clear, h, toast } from "../dom.js";
import { notePanel } from "./case/composer.js";
import { checklistPanel, factsPanel } from "./case/facts.js";
import { createFolds } from "./case/fold.js";
import { caseHeader, slaClocks } from "./case/header.js";
import { captureInput, restoreInput } from "./case/keep-input.js";
import { addPartyPanel, mergePanel, partiesPanel, referPanel } from "./case/parties.js";
import { installCaseShortcuts, showShortcutHelp } from "./case/shortcuts.js";
import { assignmentPanel, classificationPanel, statusPanel } from "./case/status.js";
import { routingBasisPanel } from "./case/routing-basis.js";
import { summaryPanel } from "./case/summary.js";
import { placeThread, threadPanel, threadPosition } from "./case/thread.js";
import { timelinePanel } from "./case/timeline.js";

export async function renderCase(main, session, caseId) {
  // Numbers inside the description and messages come masked until the officer reveals them (audited).
  let revealTexts = false;
  // Identifiers revealed one by one ("Tampilkan"), kept across redraws of this page.
  const revealed = {};
  // Set after the officer's own reply: the next draw shows the newest message whatever was scrolled.
  let followThread = false;
  const fold = createFolds();
  const onThisPage = () => location.hash === `#/kasus/${caseId}`;
  const load = async () => {
    const reveal = revealTexts ? "?reveal=texts" : "";
    const [c, thread, timeline] = await Promise.all([
      api.get(`/api/cases/${caseId}${reveal}`),
      api.get(`/api/cases/${caseId}/messages${reveal}`),
      api.get(`/api/cases/${caseId}/events`),
    ]);
    // A reload that was under way when the officer went to another page (a live update, the end
    // of an action) must not draw this case over that page.
    if (!onThisPage()) return;
    draw(c, thread.messages, timeline.events);
  };

  /** Runs an action (after a confirmation when `ask` returns one), reports the result, reloads the page data. */
  const act = (label, fn, ask) => async (event) => {
    event?.preventDefault?.();
    const question = ask?.();
    if (question && !(await confirmDialog(question))) return;
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
    const closed = Boolean(c.mergedInto) || c.status === "DITUTUP";
    const ctx = {
      c,
      messages,
      events,
      caseId,
      session,
      ref: session.reference,
      act,
      fold,
      closed,
      revealTexts,
      revealed,
      showTexts: () => {
        revealTexts = true;
      },
      followThread: () => {
        followThread = true;
      },
    };
    const actions = [];
    const record = [];
    if (c.canSteer && !closed) {
      actions.push(statusPanel(ctx), assignmentPanel(ctx));
      record.push(classificationPanel(ctx), referPanel(ctx), mergePanel(ctx));
    }
    if (c.canAddParties && !closed) record.push(addPartyPanel(ctx));

    const kept = captureInput(main);
    const position = drawn && !followThread ? threadPosition(main) : { atEnd: true, top: 0 };
    followThread = false;
    clear(
      main,
      h("a.back", { href: "#/" }, "‹ Kotak masuk"),
      caseHeader(ctx),
      slaClocks(ctx),
      h(
        "div.case-grid",
        {},
        h("div.col.col-main", {}, threadPanel(ctx), notePanel(ctx), summaryPanel(ctx), factsPanel(ctx)),
        h("div.col.col-side", {}, actions, partiesPanel(ctx), routingBasisPanel(ctx), record, checklistPanel(ctx), timelinePanel(ctx)),
      ),
    );
    placeThread(main, position);
    if (drawn) restoreInput(main, kept);
    drawn = true;
  }

  /** The case after or before this one in the inbox list the officer came from (or the default inbox). */
  const neighbour = async (step) => {
    let list = session.caseList;
    if (!list?.includes(caseId)) list = (await api.get("/api/cases?pageSize=25")).cases.map((x) => x.id);
    const next = list[list.indexOf(caseId) + step];
    if (next) location.hash = `#/kasus/${next}`;
    else toast(step > 0 ? "Tidak ada kasus berikutnya di daftar kotak masuk." : "Tidak ada kasus sebelumnya di daftar kotak masuk.");
  };
  const focusField = (name) => {
    const el = main.querySelector(`[name="${name}"]`);
    if (!el) return toast("Tindakan ini tidak tersedia untuk kasus ini.");
    const folded = el.closest("details");
    if (folded) folded.open = true;
    el.scrollIntoView({ block: "center" });
    el.focus();
  };
  installCaseShortcuts(
    {
      j: () => void neighbour(1).catch((e) => toast(e.message, "error")),
      k: () => void neighbour(-1).catch((e) => toast(e.message, "error")),
      r: () => focusField("reply"),
      s: () => focusField("status"),
      c: () => focusField("note"),
      i: () => (location.hash = "#/"),
      "?": showShortcutHelp,
    },
    onThisPage,
  );

  let timer;
  session.onCaseEvent = (event) => {
    if (event.caseId !== caseId) return;
    clearTimeout(timer);
    timer = setTimeout(() => void load().catch(() => {}), 250);
  };
  await load();
}
