import type { Db } from "../../src/store/database.js";
import { saveChannelStatus } from "../../src/store/channel-status.js";
import type { Logger } from "../../src/logger.js";

/** Connection states as the console labels them (src/console/ui/views/operations.js). */
export type ConnectionState = "connecting" | "qr" | "open" | "close" | "logged_out";

/**
 * Writes each number's connection state to ChannelStatus (shown by /health and the console's
 * operations page). Writes of one number apply in order, so a quick open→close never ends up
 * stored as "open". The detail is for officers, so it is Indonesian.
 */
export function createStatusWriter(db: Db, log: Logger) {
  const chains = new Map<string, Promise<void>>();
  return {
    write(accountId: string, state: ConnectionState, detail: string | null): Promise<void> {
      const id = `whatsapp:${accountId}`;
      const previous = chains.get(id) ?? Promise.resolve();
      const next = previous.then(async () => {
        try {
          await saveChannelStatus(db, { id, channel: "WHATSAPP", state, detail });
        } catch (error) {
          log.warn({ accountId, state, err: (error as Error).message }, "whatsapp status not recorded");
        }
      });
      chains.set(id, next);
      return next;
    },
  };
}

export type StatusWriter = ReturnType<typeof createStatusWriter>;

/** Indonesian details for the console. */
export const STATUS_DETAIL = {
  connecting: () => "Menyambungkan ke WhatsApp.",
  qr: () => "Menunggu penautan: pindai kode QR di terminal bot (WhatsApp > Perangkat tertaut).",
  pairing: () =>
    "Menunggu penautan: masukkan kode penautan yang tampil di terminal bot (WhatsApp > Perangkat tertaut > Tautkan dengan nomor telepon).",
  open: (phone: string | undefined) => (phone ? `Tersambung sebagai +${phone}.` : "Tersambung."),
  reconnecting: (seconds: number, attempt: number) =>
    `Koneksi terputus. Menyambung ulang dalam ${seconds} detik (percobaan ke-${attempt}).`,
  loggedOut: () =>
    "Nomor ini keluar dari WhatsApp (perangkat tertaut dihapus). Data sesi sudah dihapus; nomor harus ditautkan ulang: jalankan " +
    "ulang bot lalu pindai kode QR baru.",
  replaced: () =>
    "Sesi dipakai oleh proses atau perangkat lain. Bot berhenti untuk nomor ini; pastikan hanya satu bot yang berjalan, lalu " +
    "jalankan ulang.",
  forbidden: () => "WhatsApp menolak koneksi nomor ini (kemungkinan diblokir). Bot berhenti untuk nomor ini.",
  stopped: () => "Bot dihentikan.",
} as const;
