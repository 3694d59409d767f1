import { existsSync } from 'node:fs';

/** Flags that keep headless Chromium off the (closed) network and quiet. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Path of the system Chromium. Playwright's own browser download cannot run here, so tests use the
 * distribution's build; CHROMIUM_PATH overrides. No Chromium is an error, never a silent skip.
 */
export function chromiumPath(): string {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH=${override} does not exist`);
    return override;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROMIUM_PATH to its binary.',
    );
  }
  return found;
}
