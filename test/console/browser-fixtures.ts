import { chromium, type Browser, type Page } from "playwright-core";
import { PASSWORD } from "./console-fixtures.js";

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
