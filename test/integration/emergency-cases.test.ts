import { describe, expect, it } from "vitest";
import { SimulatedChat } from "../support/simulated-chat.js";
import { skipFacts } from "../support/skip-facts.js";
import { useTestApp } from "../support/test-app.js";

const app = useTestApp({ workers: true, bots: true });

describe("emergency cases and the national 24-hour desk", () => {
  it("an emergency reported at any hour (a night-time one included) has the national desk as a party beside the regional lead", async () => {
    const chat = new SimulatedChat(app.ctx);
    await chat.say("saya dari lampung timur, dipukuli majikan di malaysia setiap malam");
    const [created] = await chat.cases();
    expect(created!.urgency).toBe("EMERGENCY");
    const parties = created!.agencies.map((a) => [a.agencyId, a.role]);
    expect(parties[0]).toEqual(["BP3MI-LA", "LEAD"]);
    expect(parties).toContainEqual(["KP2MI", "SUPPORT"]);
  });

  it("a case escalated to an emergency by a follow-up gets the national desk too", async () => {
    const chat = new SimulatedChat(app.ctx);
    await chat.say("gaji saya belum dibayar 3 bulan, saya dari lampung timur, kerja di malaysia");
    await skipFacts((t) => chat.say(t), await chat.say("1"));
    await chat.say("ya");
    const [normal] = await chat.cases();
    expect(normal!.agencies.map((a) => a.agencyId)).not.toContain("KP2MI");
    await chat.say("sekarang saya dikurung majikan tidak boleh keluar");
    const [escalated] = await chat.cases();
    expect(escalated!.urgency).toBe("EMERGENCY");
    expect(escalated!.agencies.map((a) => [a.agencyId, a.role])).toContainEqual(["KP2MI", "SUPPORT"]);
  });
});
