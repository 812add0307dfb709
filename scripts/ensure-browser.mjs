// Makes sure a Chromium exists before the browser tests run, installing one where it can.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.mjs';

function run(command, args) {
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
}

if (!findChromium()) {
  if (process.env.SCHEMAFORMS_CHROMIUM) {
    console.error(`SCHEMAFORMS_CHROMIUM points to ${process.env.SCHEMAFORMS_CHROMIUM}, which does not exist.`);
    process.exit(1);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  try {
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.log("No Chromium found: installing Debian's chromium (apt-get install -y chromium)…");
      run('apt-get', ['update', '-qq']);
      run('apt-get', ['install', '-y', '-qq', 'chromium']);
    } else {
      console.log("No Chromium found: installing Playwright's Chromium (npx playwright install chromium)…");
      run('npx', ['playwright', 'install', 'chromium']);
    }
  } catch {
    // The line below says what to do; the installer's own output is above it.
  }
  if (!findChromium()) {
    console.error(
      'No Chromium for the browser tests: run `sudo apt-get install -y chromium` (Debian) or `npx playwright install chromium`, or set SCHEMAFORMS_CHROMIUM to a Chromium binary.',
    );
    process.exit(1);
  }
}
