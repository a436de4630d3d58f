// Sets up a team project on a CouchDB 3 server (or pouchdb-server): creates the database, its
// security object (only the project's coders, owners and adjudicators may read it; owners
// administer it) and the design document `_design/quotemark` with the write rules of
// validate_doc_update.js. Safe to run again: what exists is kept, and the design document is
// updated. Run by scripts/team-setup.sh.
//
//   node scripts/team/setup.mjs URL ADMIN:PASSWORD [DATABASE]
import { readFileSync } from 'node:fs';

export const ROLES = { owner: 'quotemark-owner', coder: 'quotemark-coder', adjudicator: 'quotemark-adjudicator' };

/** Sets up `database` on `url` as `admin` ("name:password"); returns the steps taken. */
export async function setUp(url, admin, database = 'quotemark') {
  const base = url.replace(/\/+$/, '');
  const auth = `Basic ${Buffer.from(admin).toString('base64')}`;
  const call = async (method, path, body) => {
    const response = await fetch(`${base}/${path}`, {
      method,
      headers: { Authorization: auth, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    return { status: response.status, json };
  };
  const refuse = (what, { status, json }) => {
    const why = status === 401 ? 'the administrator name or password is wrong'
      : status === 403 ? 'that user is not a server administrator'
        : `the server answered ${status} ${json.error ?? ''} ${json.reason ?? ''}`.trim();
    throw new Error(`${what}: ${why}`);
  };
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(database)) {
    throw new Error(`“${database}” is not a CouchDB database name: lower-case letters, digits and _$()+-/, starting with a letter`);
  }
  const steps = [];
  const created = await call('PUT', encodeURIComponent(database));
  if (created.status === 201 || created.status === 202) steps.push(`created the database ${database}`);
  else if (created.status === 412) steps.push(`the database ${database} exists`);
  else refuse(`creating the database ${database}`, created);

  const security = {
    admins: { names: [], roles: [ROLES.owner] },
    members: { names: [], roles: [ROLES.owner, ROLES.coder, ROLES.adjudicator] },
  };
  const secured = await call('PUT', `${encodeURIComponent(database)}/_security`, security);
  if (secured.status !== 200) refuse('setting who may read the project', secured);
  steps.push(`only ${Object.values(ROLES).join(', ')} may read it; ${ROLES.owner} administers it`);

  const validate = readFileSync(new URL('./validate_doc_update.js', import.meta.url), 'utf8')
    .replace(/^\/\/.*\n/gm, '')
    .trim();
  const path = `${encodeURIComponent(database)}/_design/quotemark`;
  const existing = await call('GET', path);
  const design = { _id: '_design/quotemark', language: 'javascript', validate_doc_update: validate };
  if (existing.status === 200) design._rev = existing.json._rev;
  const written = await call('PUT', path, design);
  if (written.status !== 201 && written.status !== 202) refuse('writing the design document', written);
  steps.push(existing.status === 200 ? 'updated the design document' : 'installed the design document');
  return steps;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, admin, database] = process.argv.slice(2);
  if (!url || !admin || !admin.includes(':')) {
    console.error('usage: scripts/team-setup.sh URL ADMIN:PASSWORD [DATABASE]');
    process.exit(2);
  }
  try {
    for (const step of await setUp(url, admin, database)) console.log(`✓ ${step}`);
  } catch (error) {
    console.error(`team-setup: ${error.message}`);
    process.exit(1);
  }
}
