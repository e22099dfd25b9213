// Finds the browsers the demo and the end-to-end tests drive, and installs Debian's packages when
// they are missing: `npm start` and `npm test` set up a fresh machine themselves.
//   node scripts/browsers.mjs chromium [firefox] [l10n]   exits 0 when all are there (installed
//   if need be), else prints the one command to run and exits 1.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BROWSERS, findBrowser, onPath } from '../e2e/find-browser.mjs';

export { findBrowser };

/** How this user can run apt-get: directly (root), through sudo without a password, or not at all. */
function aptRunner() {
  if (!onPath('apt-get')) return null;
  if (process.getuid?.() === 0) return [];
  if (onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0)
    return ['sudo', '-n'];
  return null;
}

/**
 * Makes sure the named browsers are installed: installs the missing Debian packages with apt-get
 * when this user may (saying so), else prints the command to run. Returns true when all are there.
 */
export function ensureBrowsers(names) {
  const missing = names.filter((n) => !findBrowser(n));
  if (missing.length === 0) return true;
  const packages = missing.flatMap((n) => BROWSERS[n].packages);
  const withEnv = missing.filter((n) => BROWSERS[n].env && process.env[BROWSERS[n].env]);
  for (const n of withEnv)
    console.error(
      `${BROWSERS[n].env}=${process.env[BROWSERS[n].env]} does not exist; unset it or point it at ${BROWSERS[n].label}.`,
    );
  if (withEnv.length) return false;
  const runner = aptRunner();
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  if (!runner) {
    console.error(
      `Missing ${missing.map((n) => BROWSERS[n].label).join(' and ')}. Run: sudo sh -c '${command}'`,
    );
    return false;
  }
  console.log(
    `Installing ${packages.join(', ')} with apt-get (${missing.map((n) => BROWSERS[n].label).join(', ')} not found)…`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const [program, ...prefix] = [...runner, 'apt-get'];
  const apt = (args) => spawnSync(program, [...prefix, ...args], { stdio: 'inherit', env });
  const ok = apt(['update', '-qq']).status === 0 && apt(['install', '-y', '-qq', ...packages]).status === 0;
  const still = missing.filter((n) => !findBrowser(n));
  if (!ok || still.length) {
    console.error(`Could not install ${packages.join(' ')}. Run: sudo sh -c '${command}'`);
    return false;
  }
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !(n in BROWSERS));
  if (unknown.length || names.length === 0) {
    console.error(`usage: node scripts/browsers.mjs ${Object.keys(BROWSERS).join('|')} ...`);
    process.exit(2);
  }
  process.exit(ensureBrowsers(names) ? 0 : 1);
}
