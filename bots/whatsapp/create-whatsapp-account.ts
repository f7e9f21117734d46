import {
  DisconnectReason,
  jidDecode,
  makeCacheableSignalKeyStore,
  type BaileysEventMap,
  type UserFacingSocketConfig,
} from "@whiskeysockets/baileys";
import type { Logger } from "../../src/logger.js";
import type { AuthStateStore, StoredAuthState } from "./auth-state-store.js";
import { STATUS_DETAIL, type ConnectionState, type StatusWriter } from "./connection-status.js";
import type { ILogger, SocketFactory, WhatsAppSocket } from "./socket-types.js";

/** Shows the operator how to link a number (terminal by default). */
export interface LinkDisplay {
  qr(accountId: string, qr: string): void;
  pairingCode(accountId: string, code: string): void;
}

export interface ReconnectPolicy {
  initialMs: number;
  maxMs: number;
  /** A connection that stayed open this long resets the backoff. */
  stableMs: number;
}

/** The account's sense of time: the process clock, or one a test moves by hand. */
export interface AccountClock {
  now(): number;
  /** Runs `fn` once `ms` have passed; the function returned cancels it. */
  after(ms: number, fn: () => void): () => void;
}

const PROCESS_CLOCK: AccountClock = {
  now: Date.now,
  after(ms, fn) {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
};

export interface WhatsAppAccountDeps {
  accountId: string;
  /** Digits only, with country code: link by pairing code instead of QR. */
  pairingPhone?: string;
  socketFactory: SocketFactory;
  auth: AuthStateStore;
  status: StatusWriter;
  link: LinkDisplay;
  log: Logger;
  /** Baileys' own logger (its level is configured apart: it can log raw stanzas). */
  libraryLogger: ILogger;
  reconnect: ReconnectPolicy;
  /** Default: the process clock. */
  clock?: AccountClock;
  /** Extra socket options (the connection's own settings win). */
  socketConfig?: Partial<UserFacingSocketConfig>;
  /** Every messages.upsert of every socket this account ever had, even after it closed. */
  onMessages(event: BaileysEventMap["messages.upsert"], socket: WhatsAppSocket): void;
  onLidMapping?(mapping: BaileysEventMap["lid-mapping.update"]): void;
}

export type AccountState = ConnectionState | "stopped";

interface Attached {
  socket: WhatsAppSocket;
  detach(): void;
}

/**
 * One linked WhatsApp number: its socket, its stored session, and a connection that heals
 * itself. A closed connection reconnects with exponential backoff; "logged out" stops the
 * number, deletes its session and says clearly that it must be linked again; a session taken
 * over elsewhere, or refused by WhatsApp, stops the number without a reconnect loop.
 */
export function createWhatsAppAccount(deps: WhatsAppAccountDeps) {
  const { accountId, log } = deps;
  const clock = deps.clock ?? PROCESS_CLOCK;
  let stored: StoredAuthState | undefined;
  let current: Attached | undefined;
  /** Earlier sockets keep their message listener: events they still deliver are stored too. */
  const retired: Attached[] = [];
  let state: AccountState = "close";
  let generation = 0;
  let attempts = 0;
  let openedAt = 0;
  let cancelReconnect = () => {};
  let stopped = false;

  function setState(next: AccountState, detail: string | null): void {
    state = next;
    if (next !== "stopped") void deps.status.write(accountId, next, detail);
  }

  function connect(): void {
    if (stopped || !stored) return;
    const mine = ++generation;
    if (current) retired.push(current);
    current = undefined;
    setState("connecting", STATUS_DETAIL.connecting());
    let socket: WhatsAppSocket;
    try {
      socket = deps.socketFactory({
        ...deps.socketConfig,
        auth: { creds: stored.state.creds, keys: makeCacheableSignalKeyStore(stored.state.keys, deps.libraryLogger) },
        logger: deps.libraryLogger,
        // The phone keeps its notifications; the bot needs no chat history.
        markOnlineOnConnect: false,
        syncFullHistory: false,
        shouldSyncHistoryMessage: () => false,
      });
    } catch (error) {
      log.error({ accountId, err: (error as Error).message }, "whatsapp socket could not be created");
      scheduleReconnect(undefined);
      return;
    }
    let pairingRequested = false;
    const credsListener = (update: BaileysEventMap["creds.update"]) => {
      // Baileys merges the update into the same object; a fake socket may not: merge here too.
      Object.assign(stored!.state.creds, update);
      stored!.saveCreds().catch((error: Error) => log.error({ accountId, err: error.message }, "whatsapp credentials not saved"));
    };
    const messagesListener = (event: BaileysEventMap["messages.upsert"]) => deps.onMessages(event, socket);
    const lidListener = (mapping: BaileysEventMap["lid-mapping.update"]) => deps.onLidMapping?.(mapping);
    const connectionListener = (update: BaileysEventMap["connection.update"]) => {
      if (mine !== generation || stopped) {
        log.debug({ accountId, connection: update.connection }, "whatsapp event from an old socket ignored");
        return;
      }
      if (update.qr) {
        if (deps.pairingPhone) {
          if (!pairingRequested) {
            pairingRequested = true;
            setState("qr", STATUS_DETAIL.pairing());
            socket.requestPairingCode(deps.pairingPhone).then(
              (code) => deps.link.pairingCode(accountId, code),
              (error: Error) => log.error({ accountId, err: error.message }, "whatsapp pairing code not obtained"),
            );
          }
        } else {
          setState("qr", STATUS_DETAIL.qr());
          deps.link.qr(accountId, update.qr);
        }
      }
      if (update.connection === "open") {
        openedAt = clock.now();
        const phone = socket.user?.id ? jidDecode(socket.user.id)?.user : undefined;
        setState("open", STATUS_DETAIL.open(phone));
        log.info({ accountId }, "whatsapp number connected");
      } else if (update.connection === "close") {
        onClose(update.lastDisconnect?.error);
      }
    };
    socket.ev.on("creds.update", credsListener);
    socket.ev.on("connection.update", connectionListener);
    socket.ev.on("messages.upsert", messagesListener);
    socket.ev.on("lid-mapping.update", lidListener);
    current = {
      socket,
      detach() {
        socket.ev.off("creds.update", credsListener);
        socket.ev.off("connection.update", connectionListener);
        socket.ev.off("messages.upsert", messagesListener);
        socket.ev.off("lid-mapping.update", lidListener);
      },
    };
  }

  function onClose(error: Error | undefined): void {
    const code = statusCodeOf(error);
    if (code === DisconnectReason.loggedOut) {
      void loggedOut();
      return;
    }
    if (code === DisconnectReason.connectionReplaced || code === DisconnectReason.forbidden) {
      const replaced = code === DisconnectReason.connectionReplaced;
      log.error(
        { accountId, code },
        replaced ? "whatsapp session taken over elsewhere: number stopped" : "whatsapp refused this number: number stopped",
      );
      halt();
      setState("close", replaced ? STATUS_DETAIL.replaced() : STATUS_DETAIL.forbidden());
      return;
    }
    scheduleReconnect(code);
  }

  function scheduleReconnect(code: number | undefined): void {
    if (stopped) return;
    if (openedAt && clock.now() - openedAt >= deps.reconnect.stableMs) attempts = 0;
    openedAt = 0;
    // After linking, WhatsApp asks for a restart: that one is expected, not a failure.
    const immediate = code === DisconnectReason.restartRequired;
    const base = Math.min(deps.reconnect.maxMs, deps.reconnect.initialMs * 2 ** attempts);
    const delay = immediate ? 0 : Math.round(base * (0.8 + Math.random() * 0.4));
    attempts = immediate ? attempts : attempts + 1;
    log.warn({ accountId, code, delayMs: delay, attempt: attempts }, "whatsapp connection closed: reconnecting");
    setState("close", STATUS_DETAIL.reconnecting(Math.ceil(delay / 1000), Math.max(1, attempts)));
    cancelReconnect();
    cancelReconnect = clock.after(delay, connect);
  }

  async function loggedOut(): Promise<void> {
    halt();
    try {
      const removed = await deps.auth.clear();
      log.error(
        { accountId, removedKeys: removed },
        "whatsapp number LOGGED OUT: session deleted; link the number again (restart the bot and scan the new QR code)",
      );
    } catch (error) {
      log.error({ accountId, err: (error as Error).message }, "whatsapp number logged out, but its session could not be deleted");
    }
    state = "logged_out";
    await deps.status.write(accountId, "logged_out", STATUS_DETAIL.loggedOut());
  }

  /** No more reconnects for this number (the last socket keeps delivering late messages). */
  function halt(): void {
    stopped = true;
    cancelReconnect();
  }

  return {
    id: accountId,

    async start(): Promise<void> {
      stored = await deps.auth.load();
      if (stored.rewrapped > 0)
        log.info({ accountId, rows: stored.rewrapped }, "whatsapp session rows re-encrypted with WHATSAPP_AUTH_KEY");
      log.info(
        { accountId, linked: stored.linked },
        stored.linked ? "whatsapp number: session found, connecting" : "whatsapp number not linked yet: waiting for QR or pairing code",
      );
      connect();
    },

    async stop(): Promise<void> {
      const wasLoggedOut = state === "logged_out";
      halt();
      generation++;
      for (const attached of [current, ...retired]) {
        if (!attached) continue;
        attached.detach();
        try {
          await attached.socket.end(undefined);
        } catch (error) {
          log.debug({ accountId, err: (error as Error).message }, "whatsapp socket end failed");
        }
      }
      current = undefined;
      retired.length = 0;
      if (!wasLoggedOut) {
        state = "stopped";
        await deps.status.write(accountId, "close", STATUS_DETAIL.stopped());
      }
    },

    /** The socket to send with, when the connection is open. */
    openSocket(): WhatsAppSocket | undefined {
      return state === "open" ? current?.socket : undefined;
    },

    state(): AccountState {
      return state;
    },

    /** Logged out, replaced or refused: this number will not come back without an operator. */
    gone(): boolean {
      return stopped;
    },
  };
}

export type WhatsAppAccount = ReturnType<typeof createWhatsAppAccount>;

function statusCodeOf(error: unknown): number | undefined {
  const e = error as { output?: { statusCode?: number }; statusCode?: number } | undefined;
  return e?.output?.statusCode ?? e?.statusCode;
}
