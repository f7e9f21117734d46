import type { AccountClock } from "../../bots/whatsapp/create-whatsapp-account.js";

/**
 * A clock that moves only when the test moves it: what a component schedules on it runs when
 * `advance` reaches its time, so "not before the delay" and "nothing scheduled" are facts to
 * assert, not waits.
 */
export class ManualClock implements AccountClock {
  private time = 1_000_000;
  private timers: { at: number; ms: number; fn: () => void }[] = [];

  now = (): number => this.time;

  after(ms: number, fn: () => void): () => void {
    const timer = { at: this.time + ms, ms, fn };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** The delays (ms) of what is scheduled and has not run yet, earliest first. */
  pending(): number[] {
    return [...this.timers].sort((a, b) => a.at - b.at).map((t) => t.ms);
  }

  /** Moves time forward by `ms`, running in order everything that falls due. */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = due.at;
      due.fn();
    }
    this.time = until;
  }
}
