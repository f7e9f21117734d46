import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { PASSWORD, useConsoleApp, type ConsoleApp, type ConsoleAppOptions } from "./console-fixtures.js";

/** Debian's Chromium, headless (no browser download works on these machines; see ENVIRONMENT.md). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...extraArgs,
    ],
  });
}

/** Signs in through the login form and waits for the inbox. */
export async function signInPage(page: Page, base: string, username: string): Promise<void> {
  await page.goto(base);
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi").fill(PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByRole("heading", { name: /^Kotak Masuk/ }).waitFor();
}

/**
 * useConsoleApp listening on a loopback port, plus a headless Chromium for the file (launched
 * after the console started, closed before it stops). `ready` receives both.
 */
export function useBrowserConsole(
  options: ConsoleAppOptions & { chromiumArgs?: string[] },
  ready: (started: ConsoleApp & { browser: Browser }) => void,
): void {
  let browser: Browser | undefined;
  const { chromiumArgs, ...consoleOptions } = options;
  const started = useConsoleApp({ ...consoleOptions, listen: true });
  beforeAll(async () => {
    browser = await launchChromium(chromiumArgs);
    ready({ ...started, browser });
  });
  afterAll(async () => {
    await browser?.close();
  });
}

/** A new page that records the errors thrown in it (a test ends by expecting none). */
export async function watchedPage(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, errors };
}
