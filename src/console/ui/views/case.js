// The case page: loads the case, lays out its panels (views/case/*.js), reloads on live events.
// Each panel is a function of one context object ({ c, messages, events, caseId, session, ref, act, closed, ... }).
import { api } from "../api.js";
import { clear, h, toast } from "../dom.js";
import { replyPanel, notePanel } from "./case/composer.js";
import { checklistPanel, factsPanel } from "./case/facts.js";
import { caseHeader, slaClocks } from "./case/header.js";
import { captureInput, restoreInput } from "./case/keep-input.js";
import { addPartyPanel, mergePanel, partiesPanel, referPanel } from "./case/parties.js";
import { assignmentPanel, classificationPanel, statusPanel } from "./case/status.js";
import { summaryPanel } from "./case/summary.js";
import { threadPanel } from "./case/thread.js";
import { timelinePanel } from "./case/timeline.js";

export async function renderCase(main, session, caseId) {
  // Numbers inside the description and messages come masked until the officer reveals them (audited).
  let revealTexts = false;
  // Identifiers revealed one by one ("Tampilkan"), kept across redraws of this page.
  const revealed = {};
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
    const closed = Boolean(c.mergedInto) || c.status === "DITUTUP";
    const ctx = { c, messages, events, caseId, session, ref: session.reference, act, closed, revealTexts, revealed, showTexts: () => { revealTexts = true; } };
    const steering = [];
    if (c.canSteer && !closed) steering.push(classificationPanel(ctx), statusPanel(ctx), assignmentPanel(ctx), referPanel(ctx), mergePanel(ctx));
    if (c.canAddParties && !closed) steering.push(addPartyPanel(ctx));

    const kept = captureInput(main);
    clear(
      main,
      h("a.back", { href: "#/" }, "‹ Kotak masuk"),
      caseHeader(ctx),
      slaClocks(ctx),
      h(
        "div.case-grid",
        {},
        h("div.col", {}, summaryPanel(ctx), threadPanel(ctx), replyPanel(ctx), notePanel(ctx), factsPanel(ctx)),
        h("div.col", {}, partiesPanel(ctx), checklistPanel(ctx), steering, timelinePanel(ctx)),
      ),
    );
    if (drawn) restoreInput(main, kept);
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
