'use strict';
// Offline check of the add-in only manifest (manifest.xml) of IFO Prognos.
//
// `office-addin-manifest validate` needs the internet; CI has none. This checks what would make Office refuse the
// manifest or what IFO Prognos relies on, without a network: well-formed XML, the schema's element order (OfficeApp →
// TaskPaneApp → VersionOverrides V1_0), required elements, GUID id, version, https URLs, resource references,
// string lengths, icon files in assets/ with the stated pixel sizes, permission, host and the ExcelApi requirement.
// Each problem is reported in Swedish and English with its line number.
//
// Schema facts used (Microsoft's manifest reference and [MS-OWEMXML]):
//   OfficeApp: Id, AlternateId?, Version, ProviderName, DefaultLocale, DisplayName, Description, IconUrl?,
//     HighResolutionIconUrl?, SupportUrl?, AppDomains?, Hosts?; TaskPaneApp adds Requirements?, DefaultSettings,
//     Permissions, Dictionary?, VersionOverrides?, ExtendedOverrides?.
//   Version: 1–4 dot-separated parts of at most 5 digits. ShortString ≤ 125, LongString ≤ 250 characters,
//   resource ids ≤ 32, URLs ≤ 2048. Ribbon icons: 16, 32 and 80 px required. Task pane IconUrl 32 × 32 px,
//   HighResolutionIconUrl 64 × 64 px.

const fs = require('node:fs');
const path = require('node:path');
const { XMLValidator } = require('fast-xml-parser');

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
};

const LIMITS = { short: 125, long: 250, resid: 32, url: 2048 };
const MIN_EXCEL_API = [1, 7];
const REQUIRED_PERMISSION = 'ReadWriteDocument';
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
const DEFAULT_LOCALE = 'sv-SE';
const SECOND_LOCALE = 'en-US';
const RIBBON_ICON_SIZES = [16, 32, 80];
const ICON_URL_SIZE = { IconUrl: 32, HighResolutionIconUrl: 64 };
/** The id in Microsoft's Yeoman/TaskPane template: a copied template id collides with every other copy. */
const TEMPLATE_IDS = ['05c2e1c9-3e1d-406e-9a91-e9ac64854143'];

// ---------------------------------------------------------------------------------------------------------------
// XML: validate with fast-xml-parser, then build a small element tree with line numbers and namespaces.
// ---------------------------------------------------------------------------------------------------------------

const TAG_RE = /<([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTR_RE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const END_RE = /<\/([A-Za-z_][\w.:-]*)\s*>/y;

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e];
  });
}

function lineIndex(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (pos) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: pos - starts[lo] + 1 };
  };
}

/**
 * Parses well-formed XML into { root } or returns { error: { line, col, sv, en } }.
 * Elements: { name, prefix, local, ns, attrs: [{ name, prefix, local, ns, value }], children, text, line, col }.
 */
function parseXml(xml) {
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    return { error: { line, col, sv: `XML-filen är inte välformad (kolumn ${col}): ${msg}`, en: `The XML is not well-formed (column ${col}): ${msg}` } };
  }
  const at = lineIndex(xml);
  const fail = (pos, sv, en) => ({ error: { ...at(pos), sv, en } });
  const stack = [];
  let root = null;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < xml.length) {
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      const body = xml.slice(i + 4, end);
      if (body.includes('--') || body.endsWith('-')) {
        return fail(i + 4 + Math.max(0, body.indexOf('--')), 'XML-filen är inte välformad: "--" får inte förekomma i en kommentar.', 'The XML is not well-formed: "--" must not occur inside a comment.');
      }
      i = end + 3;
    } else if (xml.startsWith('<?', i)) {
      i = xml.indexOf('?>', i + 2) + 2;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i + 9);
      if (stack.length) stack[stack.length - 1].rawText += xml.slice(i + 9, end);
      i = end + 3;
    } else if (xml.startsWith('<!', i)) {
      return fail(i, 'XML-filen får inte innehålla en DOCTYPE-deklaration.', 'The XML must not contain a DOCTYPE declaration.');
    } else if (xml.startsWith('</', i)) {
      END_RE.lastIndex = i;
      const m = END_RE.exec(xml);
      if (!m) return fail(i, 'XML-filen är inte välformad: ogiltig sluttagg.', 'The XML is not well-formed: invalid end tag.');
      finish(stack.pop());
      i = END_RE.lastIndex;
    } else if (xml[i] === '<') {
      TAG_RE.lastIndex = i;
      const m = TAG_RE.exec(xml);
      if (!m) return fail(i, 'XML-filen är inte välformad: ogiltig starttagg.', 'The XML is not well-formed: invalid start tag.');
      const parent = stack[stack.length - 1];
      const el = { name: m[1], attrs: [], children: [], rawText: '', parent, ...at(i) };
      const nsMap = { ...(parent ? parent.nsMap : { xml: 'http://www.w3.org/XML/1998/namespace' }) };
      for (const a of m[2].matchAll(ATTR_RE)) {
        const value = decodeEntities(a[2] ?? a[3]);
        if (a[1] === 'xmlns') nsMap[''] = value;
        else if (a[1].startsWith('xmlns:')) nsMap[a[1].slice(6)] = value;
        el.attrs.push({ name: a[1], value });
      }
      el.nsMap = nsMap;
      [el.prefix, el.local] = splitName(el.name);
      el.ns = nsMap[el.prefix] ?? null;
      for (const a of el.attrs) {
        [a.prefix, a.local] = splitName(a.name);
        a.ns = a.prefix ? nsMap[a.prefix] ?? null : null;
      }
      if (parent) parent.children.push(el);
      else root = el;
      if (m[3] === '/') finish(el);
      else stack.push(el);
      i = TAG_RE.lastIndex;
    } else {
      const next = xml.indexOf('<', i);
      const end = next < 0 ? xml.length : next;
      if (stack.length) stack[stack.length - 1].rawText += decodeEntities(xml.slice(i, end));
      i = end;
    }
  }
  return { root };
}

function splitName(name) {
  const k = name.indexOf(':');
  return k < 0 ? ['', name] : [name.slice(0, k), name.slice(k + 1)];
}

function finish(el) {
  el.text = el.rawText.trim();
  delete el.rawText;
}

const attr = (el, name) => el.attrs.find((a) => a.name === name && !a.prefix)?.value;
/** xsi:type with the value's own prefix stripped ("ov:VersionOverridesV1_0" → "VersionOverridesV1_0"). */
const xsiType = (el) => {
  const v = el.attrs.find((a) => a.ns === NS.xsi && a.local === 'type')?.value;
  return v == null ? undefined : splitName(v)[1];
};
const kids = (el, local, ns) => (el ? el.children.filter((c) => c.local === local && (ns === undefined || c.ns === ns)) : []);
const kid = (el, local, ns) => kids(el, local, ns)[0];
function* walk(el) {
  yield el;
  for (const c of el.children) yield* walk(c);
}

// ---------------------------------------------------------------------------------------------------------------
// Schema order: for each element kind the sequence of allowed children (local name, namespace, min, max, need).
// `need: 'project'` marks elements the schema allows to be absent but IFO Prognos requires.
// ---------------------------------------------------------------------------------------------------------------

const seq = (ns, items) => items.map(([local, min, max, extra]) => ({ local, ns, min, max, ...extra }));
const UNBOUNDED = Infinity;

const OFFICE_APP = seq(NS.app, [
  ['Id', 1, 1],
  ['AlternateId', 0, 1],
  ['Version', 1, 1],
  ['ProviderName', 1, 1],
  ['DefaultLocale', 1, 1],
  ['DisplayName', 1, 1],
  ['Description', 1, 1],
  ['IconUrl', 1, 1, { need: 'project' }],
  ['HighResolutionIconUrl', 1, 1, { need: 'project' }],
  ['SupportUrl', 1, 1, { need: 'project' }],
  ['AppDomains', 0, 1],
  ['Hosts', 0, 1, { missing: 'hosts' }],
  ['Requirements', 0, 1, { missing: 'requirements' }],
  ['DefaultSettings', 1, 1],
  ['Permissions', 0, 1, { missing: 'permission' }],
  ['Dictionary', 0, 1],
]).concat(
  seq(NS.ov, [['VersionOverrides', 1, 1, { need: 'project' }]]),
  seq(NS.app, [['ExtendedOverrides', 0, 1]]),
  seq(NS.dsig, [['Signature', 0, 1]]),
);

const LOCALE_AWARE = seq(NS.app, [['Override', 0, UNBOUNDED]]);
const BT_LOCALE_AWARE = seq(NS.bt, [['Override', 0, UNBOUNDED]]);

/** Sequences by parent: keyed by "ns local" (and xsi:type where the content depends on it). */
const SEQUENCES = {
  [`${NS.app} DisplayName`]: LOCALE_AWARE,
  [`${NS.app} Description`]: LOCALE_AWARE,
  [`${NS.app} IconUrl`]: LOCALE_AWARE,
  [`${NS.app} HighResolutionIconUrl`]: LOCALE_AWARE,
  [`${NS.app} SupportUrl`]: LOCALE_AWARE,
  [`${NS.app} SourceLocation`]: LOCALE_AWARE,
  [`${NS.app} AppDomains`]: seq(NS.app, [['AppDomain', 1, UNBOUNDED]]),
  [`${NS.app} Hosts`]: seq(NS.app, [['Host', 1, UNBOUNDED]]),
  [`${NS.app} Requirements`]: seq(NS.app, [['Sets', 0, 1], ['Methods', 0, 1]]),
  [`${NS.app} Sets`]: seq(NS.app, [['Set', 1, UNBOUNDED]]),
  [`${NS.app} DefaultSettings`]: seq(NS.app, [['SourceLocation', 1, 1]]),
  [`${NS.ov} VersionOverrides`]: seq(NS.ov, [
    ['Description', 0, 1],
    ['Requirements', 0, 1],
    ['Hosts', 1, 1, { need: 'project' }],
    ['Resources', 1, 1, { need: 'project' }],
    ['WebApplicationInfo', 0, 1],
    ['EquivalentAddins', 0, 1],
  ]),
  [`${NS.ov} Hosts`]: seq(NS.ov, [['Host', 1, UNBOUNDED]]),
  [`${NS.ov} Host Workbook`]: seq(NS.ov, [
    ['Runtimes', 0, 1],
    ['AllFormFactors', 0, 1],
    ['DesktopFormFactor', 1, 1, { need: 'project' }],
  ]),
  [`${NS.ov} DesktopFormFactor`]: seq(NS.ov, [
    ['GetStarted', 0, 1],
    ['FunctionFile', 0, 1],
    ['ExtensionPoint', 1, UNBOUNDED],
  ]),
  [`${NS.ov} GetStarted`]: seq(NS.ov, [['Title', 1, 1], ['Description', 1, 1], ['LearnMoreUrl', 0, 1]]),
  [`${NS.ov} ExtensionPoint PrimaryCommandSurface`]: [
    ...seq(NS.ov, [['CustomTab', 0, UNBOUNDED]]),
    // OfficeTab and CustomTab may both appear; the schema does not order them against each other.
    { ...seq(NS.ov, [['OfficeTab', 0, UNBOUNDED]])[0], sameSlotAsPrevious: true },
  ],
  [`${NS.ov} OfficeTab`]: seq(NS.ov, [['Group', 1, UNBOUNDED]]),
  [`${NS.ov} Group`]: seq(NS.ov, [['OverriddenByRibbonApi', 0, 1], ['Label', 1, 1], ['Icon', 1, 1], ['Control', 1, UNBOUNDED]]),
  [`${NS.ov} Control Button`]: seq(NS.ov, [
    ['OverriddenByRibbonApi', 0, 1],
    ['Label', 1, 1],
    ['Supertip', 1, 1],
    ['Icon', 1, 1],
    ['Action', 1, 1],
    ['Enabled', 0, 1],
  ]),
  [`${NS.ov} Supertip`]: seq(NS.ov, [['Title', 1, 1], ['Description', 1, 1]]),
  [`${NS.ov} Icon`]: seq(NS.bt, [['Image', 1, UNBOUNDED]]),
  [`${NS.ov} Action ShowTaskpane`]: seq(NS.ov, [['TaskpaneId', 0, 1], ['SourceLocation', 1, 1], ['Title', 0, 1]]),
  [`${NS.ov} Resources`]: seq(NS.bt, [['Images', 0, 1], ['Urls', 0, 1], ['ShortStrings', 0, 1], ['LongStrings', 0, 1]]),
  [`${NS.bt} Images`]: seq(NS.bt, [['Image', 1, UNBOUNDED]]),
  [`${NS.bt} Urls`]: seq(NS.bt, [['Url', 1, UNBOUNDED]]),
  [`${NS.bt} ShortStrings`]: seq(NS.bt, [['String', 1, UNBOUNDED]]),
  [`${NS.bt} LongStrings`]: seq(NS.bt, [['String', 1, UNBOUNDED]]),
  [`${NS.bt} Image`]: BT_LOCALE_AWARE,
  [`${NS.bt} Url`]: BT_LOCALE_AWARE,
  [`${NS.bt} String`]: BT_LOCALE_AWARE,
};

function sequenceFor(el) {
  const base = `${el.ns} ${el.local}`;
  if (el.local === 'OfficeApp' && el.ns === NS.app) return OFFICE_APP;
  const typed = xsiType(el);
  if (typed && SEQUENCES[`${base} ${typed}`]) return SEQUENCES[`${base} ${typed}`];
  // Elements whose content depends on xsi:type are only checked for the types above.
  if (['Host', 'ExtensionPoint', 'Control', 'Action'].includes(el.local) && el.ns === NS.ov) return null;
  // bt:Image inside an Icon is a reference (size + resid), not a resource.
  if (el.ns === NS.bt && el.local === 'Image' && el.parent && el.parent.local === 'Icon') return [];
  return SEQUENCES[base] ?? null;
}

const displayName = (el) => `<${el.name}>`;
const specName = (s, el) => {
  const prefix = Object.entries(el.nsMap).find(([, uri]) => uri === s.ns)?.[0];
  return `<${prefix ? `${prefix}:` : ''}${s.local}>`;
};

// ---------------------------------------------------------------------------------------------------------------
// The check
// ---------------------------------------------------------------------------------------------------------------

/**
 * Checks manifest XML text. Options: assetsDir (folder that /assets/ URLs map to; icon checks are skipped without it).
 * Returns { ok, problems: [{ code, line, sv, en }] } sorted by line.
 */
function checkManifest(xml, options = {}) {
  const problems = [];
  const add = (code, where, sv, en) => problems.push({ code, line: typeof where === 'number' ? where : where ? where.line : 0, sv, en });

  const parsed = parseXml(xml);
  if (parsed.error) {
    add('xml-malformed', parsed.error.line, parsed.error.sv, parsed.error.en);
    return result(problems);
  }
  const root = parsed.root;
  if (root.local !== 'OfficeApp' || root.ns !== NS.app) {
    add('root', root, `Rotelementet ska vara <OfficeApp> i namnrymden ${NS.app}, inte ${displayName(root)} (${root.ns ?? 'ingen namnrymd'}).`, `The root element must be <OfficeApp> in the namespace ${NS.app}, not ${displayName(root)} (${root.ns ?? 'no namespace'}).`);
    return result(problems);
  }
  if (xsiType(root) !== 'TaskPaneApp') {
    add('root', root, `<OfficeApp> ska ha xsi:type="TaskPaneApp" (nu: ${xsiType(root) ?? 'saknas'}).`, `<OfficeApp> must have xsi:type="TaskPaneApp" (now: ${xsiType(root) ?? 'missing'}).`);
  }

  checkStructure(root, add);
  const ctx = { root, add, assetsDir: options.assetsDir };
  checkIdentity(ctx);
  checkLocales(ctx);
  const resources = checkResources(ctx);
  checkResids(ctx, resources);
  checkUrls(ctx);
  checkPermissionHostsRequirements(ctx);
  checkVersionOverrides(ctx, resources);
  checkIcons(ctx, resources);
  return result(problems);
}

function result(problems) {
  problems.sort((a, b) => a.line - b.line);
  return { ok: problems.length === 0, problems };
}

/** Child order, cardinality and unknown elements, recursively, against SEQUENCES. */
function checkStructure(el, add) {
  const spec = sequenceFor(el);
  if (spec) {
    const counts = new Map();
    let furthest = -1;
    let furthestEl = null;
    for (const c of el.children) {
      let idx = spec.findIndex((s) => s.local === c.local && s.ns === c.ns);
      if (idx < 0) {
        add('unexpected-element', c, `${displayName(c)} hör inte hemma i ${displayName(el)} enligt schemat (eller har fel namnrymd: ${c.ns ?? 'ingen'}).`, `${displayName(c)} is not allowed in ${displayName(el)} by the schema (or has the wrong namespace: ${c.ns ?? 'none'}).`);
        continue;
      }
      const s = spec[idx];
      counts.set(s, (counts.get(s) ?? 0) + 1);
      if (counts.get(s) > s.max) {
        add('duplicate-element', c, `${displayName(c)} får bara förekomma ${s.max} gång i ${displayName(el)}.`, `${displayName(c)} may occur only ${s.max} time(s) in ${displayName(el)}.`);
      }
      const slot = s.sameSlotAsPrevious ? idx - 1 : idx;
      if (slot < furthest) {
        add('order', c, `${displayName(c)} står i fel ordning: den ska stå före ${displayName(furthestEl)} (rad ${furthestEl.line}) i ${displayName(el)} enligt schemat.`, `${displayName(c)} is out of order: it must come before ${displayName(furthestEl)} (line ${furthestEl.line}) in ${displayName(el)} per the schema.`);
      } else if (slot > furthest) {
        furthest = slot;
        furthestEl = c;
      }
    }
    for (const s of spec) {
      if ((counts.get(s) ?? 0) >= s.min || s.missing) continue;
      const why = s.need === 'project' ? ['IFO Prognos kräver', 'IFO Prognos requires'] : ['schemat kräver', 'the schema requires'];
      add('missing-element', el, `${specName(s, el)} saknas i ${displayName(el)} (${why[0]} den).`, `${specName(s, el)} is missing in ${displayName(el)} (${why[1]} it).`);
    }
  }
  for (const c of el.children) checkStructure(c, add);
}

const GUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const LOCALE_RE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

function checkIdentity({ root, add }) {
  const id = kid(root, 'Id', NS.app);
  if (id) {
    if (!GUID_RE.test(id.text)) {
      add('id-guid', id, `<Id> ska vara ett GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), inte "${id.text}".`, `<Id> must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), not "${id.text}".`);
    } else if (/^[0-]+$/.test(id.text)) {
      add('id-guid', id, '<Id> får inte vara noll-GUID:t.', '<Id> must not be the nil GUID.');
    } else if (TEMPLATE_IDS.includes(id.text.toLowerCase())) {
      add('id-template', id, `<Id> ${id.text} kommer från Microsofts mall; skapa ett eget GUID.`, `<Id> ${id.text} is the id of Microsoft's template; create a GUID of your own.`);
    }
  }
  const version = kid(root, 'Version', NS.app);
  if (version) {
    const parts = version.text.split('.');
    if (parts.length !== 4 || !parts.every((p) => /^[0-9]+$/.test(p))) {
      add('version', version, `<Version> "${version.text}" ska ha formen n.n.n.n (fyra heltal med punkt emellan).`, `<Version> "${version.text}" must have the form n.n.n.n (four integers separated by dots).`);
    } else if (parts.some((p) => p.length > 5)) {
      add('version', version, `<Version> "${version.text}": varje del får ha högst 5 siffror (0–99999).`, `<Version> "${version.text}": each part may have at most 5 digits (0–99999).`);
    }
  }
  const provider = kid(root, 'ProviderName', NS.app);
  if (provider) checkLength(add, provider, '<ProviderName>', provider.text, LIMITS.short);
}

function checkLength(add, where, label, value, max) {
  if (value == null || value.length === 0) {
    add('string-empty', where, `${label} är tom.`, `${label} is empty.`);
  } else if ([...value].length > max) {
    add('string-length', where, `${label} är ${[...value].length} tecken; högst ${max} är tillåtet.`, `${label} is ${[...value].length} characters long; at most ${max} are allowed.`);
  }
}

/** DefaultLocale, DisplayName/Description (lengths and the en-US override), Override locales everywhere. */
function checkLocales({ root, add }) {
  const loc = kid(root, 'DefaultLocale', NS.app);
  if (loc && loc.text !== DEFAULT_LOCALE) {
    add('locale', loc, `<DefaultLocale> ska vara ${DEFAULT_LOCALE} (tillägget är på svenska), inte "${loc.text}".`, `<DefaultLocale> must be ${DEFAULT_LOCALE} (the add-in is in Swedish), not "${loc.text}".`);
  }
  for (const [local, max] of [['DisplayName', LIMITS.short], ['Description', LIMITS.long]]) {
    const el = kid(root, local, NS.app);
    if (!el) continue;
    checkLocaleAware(add, el, `<${local}>`, max);
  }
  for (const el of walk(root)) {
    if (el.local !== 'Override') continue;
    const locale = attr(el, 'Locale');
    if (!locale || !LOCALE_RE.test(locale)) {
      add('locale', el, `<${el.name}> har ogiltigt Locale "${locale ?? ''}" (t.ex. en-US).`, `<${el.name}> has an invalid Locale "${locale ?? ''}" (e.g. en-US).`);
    }
    if (attr(el, 'Value') == null) add('missing-attribute', el, `<${el.name}> saknar attributet Value.`, `<${el.name}> lacks the Value attribute.`);
  }
}

/** A LocaleAwareSetting or bt:String: DefaultValue present and within `max`, each Override too, and an en-US one. */
function checkLocaleAware(add, el, label, max) {
  const dv = attr(el, 'DefaultValue');
  if (dv == null) {
    add('missing-attribute', el, `${label} saknar attributet DefaultValue.`, `${label} lacks the DefaultValue attribute.`);
    return;
  }
  if (max) checkLength(add, el, `${label} DefaultValue`, dv, max);
  const overrides = el.children.filter((c) => c.local === 'Override');
  for (const o of overrides) if (max && attr(o, 'Value') != null) checkLength(add, o, `${label} Override ${attr(o, 'Locale') ?? ''}`, attr(o, 'Value'), max);
  if (max && !overrides.some((o) => attr(o, 'Locale')?.toLowerCase() === SECOND_LOCALE.toLowerCase())) {
    add('override-missing', el, `${label} saknar <Override Locale="${SECOND_LOCALE}"> (engelska är andraspråk).`, `${label} lacks <Override Locale="${SECOND_LOCALE}"> (English is the second locale).`);
  }
}

/** Collects Resources by kind (images, urls, short, long) and checks ids and string lengths. */
function checkResources({ root, add }) {
  const resources = { images: new Map(), urls: new Map(), short: new Map(), long: new Map() };
  const vo = kid(root, 'VersionOverrides', NS.ov);
  const res = kid(vo, 'Resources', NS.ov);
  const groups = [
    ['Images', 'Image', 'images', 0],
    ['Urls', 'Url', 'urls', 0],
    ['ShortStrings', 'String', 'short', LIMITS.short],
    ['LongStrings', 'String', 'long', LIMITS.long],
  ];
  const seen = new Map();
  for (const [groupName, itemName, kind, max] of groups) {
    for (const item of kids(kid(res, groupName, NS.bt), itemName, NS.bt)) {
      const id = attr(item, 'id');
      if (!id) {
        add('resource-id', item, `<${item.name}> saknar attributet id.`, `<${item.name}> lacks the id attribute.`);
        continue;
      }
      if (id.length > LIMITS.resid) add('resource-id', item, `Resurs-id "${id}" är ${id.length} tecken; högst ${LIMITS.resid}.`, `Resource id "${id}" is ${id.length} characters long; at most ${LIMITS.resid}.`);
      if (seen.has(id)) add('resource-id', item, `Resurs-id "${id}" finns redan (rad ${seen.get(id).line}).`, `Resource id "${id}" is already defined (line ${seen.get(id).line}).`);
      else seen.set(id, item);
      resources[kind].set(id, item);
      checkLocaleAware(add, item, `<${item.name} id="${id}">`, max);
    }
  }
  return resources;
}

/** Which resource kind a resid on this element must point to. */
function residKind(el) {
  if (el.ns === NS.bt && el.local === 'Image') return 'images';
  if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl', 'Runtime'].includes(el.local)) return 'urls';
  if (['Label', 'Title', 'Namespace'].includes(el.local)) return 'short';
  if (el.local === 'Description') return 'long';
  return null;
}

const KIND_NAMES = { images: 'bt:Images', urls: 'bt:Urls', short: 'bt:ShortStrings', long: 'bt:LongStrings' };

function checkResids({ root, add }, resources) {
  for (const el of walk(root)) {
    const resid = attr(el, 'resid');
    if (resid == null) continue;
    if (resid.length > LIMITS.resid) add('resid-length', el, `resid "${resid}" är ${resid.length} tecken; högst ${LIMITS.resid}.`, `resid "${resid}" is ${resid.length} characters long; at most ${LIMITS.resid}.`);
    const kind = residKind(el);
    const foundIn = Object.keys(resources).filter((k) => resources[k].has(resid));
    if (foundIn.length === 0) {
      add('resid-missing', el, `${displayName(el)} pekar på resid "${resid}", som inte finns i <Resources>.`, `${displayName(el)} refers to resid "${resid}", which is not defined in <Resources>.`);
    } else if (kind && !foundIn.includes(kind)) {
      add('resid-kind', el, `${displayName(el)} resid "${resid}" ska finnas i <${KIND_NAMES[kind]}>, men finns i <${KIND_NAMES[foundIn[0]]}>.`, `${displayName(el)} resid "${resid}" must be defined in <${KIND_NAMES[kind]}>, but is in <${KIND_NAMES[foundIn[0]]}>.`);
    }
  }
}

/** Elements whose DefaultValue (and Override Value) is a URL. */
const URL_ELEMENTS = new Set([`${NS.app} IconUrl`, `${NS.app} HighResolutionIconUrl`, `${NS.app} SupportUrl`, `${NS.app} SourceLocation`, `${NS.bt} Image`, `${NS.bt} Url`]);

/** Every URL https and parseable; and nothing anywhere that starts with http://. */
function checkUrls({ root, add }) {
  const reported = new Set();
  const checkUrl = (where, label, value) => {
    if (!/^https:\/\//i.test(value)) {
      reported.add(where);
      add('url-https', where, `${label} "${value}" måste vara en https-adress.`, `${label} "${value}" must be an https URL.`);
      return;
    }
    let ok = true;
    try {
      new URL(value);
    } catch {
      ok = false;
    }
    if (!ok) add('url-invalid', where, `${label} "${value}" är ingen giltig URL.`, `${label} "${value}" is not a valid URL.`);
    if (value.length > LIMITS.url) add('string-length', where, `${label} är ${value.length} tecken; högst ${LIMITS.url}.`, `${label} is ${value.length} characters long; at most ${LIMITS.url}.`);
  };
  for (const el of walk(root)) {
    const key = `${el.ns} ${el.local}`;
    const isUrlHolder = URL_ELEMENTS.has(key) && !(el.ns === NS.bt && el.local === 'Image' && el.parent?.local === 'Icon');
    if (isUrlHolder && attr(el, 'DefaultValue') != null) checkUrl(el, `${displayName(el)} DefaultValue`, attr(el, 'DefaultValue'));
    if (el.local === 'Override' && el.parent && URL_ELEMENTS.has(`${el.parent.ns} ${el.parent.local}`) && attr(el, 'Value') != null) {
      checkUrl(el, `${displayName(el.parent)} Override`, attr(el, 'Value'));
    }
    if (el.local === 'AppDomain') checkUrl(el, '<AppDomain>', el.text);
  }
  // Catch-all: an http:// URL anywhere else (text or attribute) is as bad.
  for (const el of walk(root)) {
    if (reported.has(el)) continue;
    const values = [el.text, ...el.attrs.filter((a) => a.prefix !== 'xmlns' && a.name !== 'xmlns').map((a) => a.value)];
    const bad = values.find((v) => /^\s*http:\/\//i.test(v ?? ''));
    if (bad) add('url-https', el, `${displayName(el)} innehåller "${bad.trim()}", som måste vara en https-adress.`, `${displayName(el)} contains "${bad.trim()}", which must be an https URL.`);
  }
}

function parseVersion(v) {
  if (!/^[0-9]+(\.[0-9]+)*$/.test(v ?? '')) return null;
  return v.split('.').map(Number);
}
function compareVersions(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

function checkPermissionHostsRequirements({ root, add }) {
  const perm = kid(root, 'Permissions', NS.app);
  if (!perm) {
    const after = kid(root, 'DefaultSettings', NS.app);
    add('permission', after ?? root, `<Permissions>${REQUIRED_PERMISSION}</Permissions> saknas${after ? ' (efter <DefaultSettings>)' : ''}; IFO Prognos skriver i arbetsboken.`, `<Permissions>${REQUIRED_PERMISSION}</Permissions> is missing${after ? ' (after <DefaultSettings>)' : ''}; IFO Prognos writes to the workbook.`);
  } else if (!PERMISSIONS.includes(perm.text)) {
    add('permission', perm, `<Permissions> "${perm.text}" är inget giltigt värde (${PERMISSIONS.join(', ')}).`, `<Permissions> "${perm.text}" is not a valid value (${PERMISSIONS.join(', ')}).`);
  } else if (perm.text !== REQUIRED_PERMISSION) {
    add('permission', perm, `<Permissions> är ${perm.text}; IFO Prognos skriver i arbetsboken och behöver ${REQUIRED_PERMISSION}.`, `<Permissions> is ${perm.text}; IFO Prognos writes to the workbook and needs ${REQUIRED_PERMISSION}.`);
  }

  const hosts = kid(root, 'Hosts', NS.app);
  const names = kids(hosts, 'Host', NS.app).map((h) => attr(h, 'Name'));
  if (!hosts || !names.includes('Workbook')) {
    add('hosts', hosts ?? root, '<Hosts> ska innehålla <Host Name="Workbook"/> (Excel).', '<Hosts> must contain <Host Name="Workbook"/> (Excel).');
  }
  for (const h of kids(hosts, 'Host', NS.app)) {
    if (attr(h, 'Name') !== 'Workbook') add('hosts', h, `<Host Name="${attr(h, 'Name') ?? ''}"> hör inte hit: IFO Prognos är ett Excel-tillägg (Workbook).`, `<Host Name="${attr(h, 'Name') ?? ''}"> does not belong here: IFO Prognos is an Excel add-in (Workbook).`);
  }

  const req = kid(root, 'Requirements', NS.app);
  const sets = kid(req, 'Sets', NS.app);
  const excel = kids(sets, 'Set', NS.app).find((s) => attr(s, 'Name') === 'ExcelApi');
  const want = MIN_EXCEL_API.join('.');
  if (!req) {
    add('requirements', hosts ?? kid(root, 'DefaultSettings', NS.app) ?? root, `<Requirements> saknas; den ska kräva ExcelApi ${want} eller senare.`, `<Requirements> is missing; it must require ExcelApi ${want} or later.`);
  } else if (!excel) {
    add('requirements', sets ?? req, `<Requirements> saknar <Set Name="ExcelApi" MinVersion="${want}"/>.`, `<Requirements> lacks <Set Name="ExcelApi" MinVersion="${want}"/>.`);
  } else {
    const raw = attr(excel, 'MinVersion') ?? attr(sets, 'DefaultMinVersion');
    const v = parseVersion(raw);
    if (!v) {
      add('requirements', excel, `ExcelApi har ingen giltig MinVersion ("${raw ?? ''}").`, `ExcelApi has no valid MinVersion ("${raw ?? ''}").`);
    } else if (compareVersions(v, MIN_EXCEL_API) < 0) {
      add('requirements', excel, `ExcelApi ${raw} är för gammalt: tillägget kräver ExcelApi ${want} eller senare.`, `ExcelApi ${raw} is too old: the add-in requires ExcelApi ${want} or later.`);
    }
  }
}

/** VersionOverrides: namespace and type, Workbook host, the Home-tab button that shows the task pane, ids, icons. */
function checkVersionOverrides({ root, add }, resources) {
  const vo = kid(root, 'VersionOverrides');
  if (!vo) return;
  if (vo.ns !== NS.ov || xsiType(vo) !== 'VersionOverridesV1_0') {
    add('version-overrides', vo, `<VersionOverrides> ska ha xmlns="${NS.ov}" och xsi:type="VersionOverridesV1_0".`, `<VersionOverrides> must have xmlns="${NS.ov}" and xsi:type="VersionOverridesV1_0".`);
    return;
  }
  const ids = new Map();
  for (const el of walk(vo)) {
    if (!['Group', 'Control', 'CustomTab'].includes(el.local)) continue;
    const id = attr(el, 'id');
    if (!id) {
      add('missing-attribute', el, `${displayName(el)} saknar attributet id.`, `${displayName(el)} lacks the id attribute.`);
      continue;
    }
    checkLength(add, el, `${displayName(el)} id`, id, LIMITS.short);
    if (ids.has(id)) add('duplicate-id', el, `id "${id}" används redan (rad ${ids.get(id).line}).`, `id "${id}" is already used (line ${ids.get(id).line}).`);
    else ids.set(id, el);
  }
  for (const el of walk(vo)) {
    if (el.local === 'TaskpaneId') checkLength(add, el, '<TaskpaneId>', el.text, LIMITS.short);
    if (el.local === 'Icon' && el.ns === NS.ov) {
      const sizes = kids(el, 'Image', NS.bt).map((i) => Number(attr(i, 'size')));
      const missing = RIBBON_ICON_SIZES.filter((s) => !sizes.includes(s));
      if (missing.length) add('icon-sizes', el, `<Icon> saknar bilder i storlekarna ${missing.join(', ')} px (krävs: ${RIBBON_ICON_SIZES.join(', ')}).`, `<Icon> lacks images of size ${missing.join(', ')} px (required: ${RIBBON_ICON_SIZES.join(', ')}).`);
    }
  }

  const hosts = kids(kid(vo, 'Hosts', NS.ov), 'Host', NS.ov);
  const workbook = hosts.find((h) => xsiType(h) === 'Workbook');
  for (const h of hosts) {
    if (xsiType(h) !== 'Workbook') add('hosts', h, `<Host xsi:type="${xsiType(h) ?? ''}"> i <VersionOverrides> ska vara Workbook.`, `<Host xsi:type="${xsiType(h) ?? ''}"> in <VersionOverrides> must be Workbook.`);
  }
  // The Home-tab button that opens the task pane on the add-in's start page.
  const pane = kid(kid(root, 'DefaultSettings', NS.app), 'SourceLocation', NS.app);
  const paneUrl = pane && attr(pane, 'DefaultValue');
  let found = false;
  const desktop = kid(workbook, 'DesktopFormFactor', NS.ov);
  for (const ep of kids(desktop, 'ExtensionPoint', NS.ov).filter((e) => xsiType(e) === 'PrimaryCommandSurface')) {
    for (const tab of kids(ep, 'OfficeTab', NS.ov).filter((t) => attr(t, 'id') === 'TabHome')) {
      for (const control of kids(tab, 'Group', NS.ov).flatMap((g) => kids(g, 'Control', NS.ov))) {
        const action = kid(control, 'Action', NS.ov);
        if (xsiType(control) !== 'Button' || !action || xsiType(action) !== 'ShowTaskpane') continue;
        const src = kid(action, 'SourceLocation', NS.ov);
        const url = src && resources.urls.get(attr(src, 'resid'));
        if (!url) continue; // reported as a dangling resid
        found = true;
        const target = attr(url, 'DefaultValue');
        if (paneUrl && target !== paneUrl) {
          add('command', src, `Knappen ${attr(control, 'id')} öppnar ${target}, men <DefaultSettings> pekar på ${paneUrl}; de ska vara samma sida.`, `Button ${attr(control, 'id')} opens ${target}, but <DefaultSettings> points to ${paneUrl}; they must be the same page.`);
        }
      }
    }
  }
  if (!found) {
    add('command', desktop ?? workbook ?? vo, 'Det finns ingen knapp på fliken Start (OfficeTab id="TabHome") som öppnar åtgärdsfönstret (Action xsi:type="ShowTaskpane").', 'There is no button on the Home tab (OfficeTab id="TabHome") that opens the task pane (Action xsi:type="ShowTaskpane").');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Icons and other files in assets/
// ---------------------------------------------------------------------------------------------------------------

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let crcTable;
function crc32(buf) {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Width and height from a PNG's IHDR (whose CRC must be right), or null if the bytes are not a PNG. */
function readPngSize(buf) {
  if (buf.length < 33 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (buf.readUInt32BE(8) !== 13 || buf.toString('ascii', 12, 16) !== 'IHDR') return null;
  if (crc32(buf.subarray(12, 29)) !== buf.readUInt32BE(29)) return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The file in assetsDir that an URL's …/assets/<path> maps to, or null when the URL is not under /assets/. */
function assetFileFor(url, assetsDir) {
  let pathname;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  const k = pathname.indexOf('/assets/');
  if (k < 0) return null;
  const rel = decodeURIComponent(pathname.slice(k + '/assets/'.length));
  const file = path.resolve(assetsDir, rel);
  return file.startsWith(path.resolve(assetsDir) + path.sep) ? file : null;
}

function checkIcons({ root, add, assetsDir }, resources) {
  if (!assetsDir) return;
  const rel = (f) => path.relative(path.dirname(path.resolve(assetsDir)), f).split(path.sep).join('/');
  /** kind: { icon: true, size?: px } for images, { icon: false } for other files. */
  const checkFile = (where, label, url, kind) => {
    if (!/^https?:\/\//i.test(url ?? '')) return;
    const file = assetFileFor(url, assetsDir);
    if (!file) {
      if (kind.icon) add('icon-location', where, `${label} ${url} pekar inte in i assets/ (kan inte kontrolleras).`, `${label} ${url} does not point into assets/ (cannot be checked).`);
      return;
    }
    if (!fs.existsSync(file)) {
      add(kind.icon ? 'icon-missing' : 'asset-missing', where, `${label}: filen ${rel(file)} finns inte.`, `${label}: the file ${rel(file)} does not exist.`);
      return;
    }
    if (!kind.icon) return;
    const dim = readPngSize(fs.readFileSync(file));
    const size = kind.size;
    if (!dim) {
      add('icon-not-png', where, `${label}: ${rel(file)} är ingen giltig PNG-bild.`, `${label}: ${rel(file)} is not a valid PNG image.`);
    } else if (size && (dim.width !== size || dim.height !== size)) {
      add('icon-size', where, `${label}: ${rel(file)} är ${dim.width}×${dim.height} px men ska vara ${size}×${size} px.`, `${label}: ${rel(file)} is ${dim.width}×${dim.height} px but must be ${size}×${size} px.`);
    }
  };
  const localeValues = (el) => [attr(el, 'DefaultValue'), ...el.children.filter((c) => c.local === 'Override').map((o) => attr(o, 'Value'))].filter((v) => v != null);

  for (const [local, size] of Object.entries(ICON_URL_SIZE)) {
    const el = kid(root, local, NS.app);
    if (el) for (const url of localeValues(el)) checkFile(el, `<${local}>`, url, { icon: true, size });
  }
  // Ribbon images: the size comes from where they are used (<bt:Image size="16" resid="…"/> inside an <Icon>).
  const usedSizes = new Map();
  for (const el of walk(root)) {
    if (el.ns !== NS.bt || el.local !== 'Image' || el.parent?.local !== 'Icon') continue;
    const id = attr(el, 'resid');
    const size = Number(attr(el, 'size'));
    if (!usedSizes.has(id)) usedSizes.set(id, new Set());
    usedSizes.get(id).add(size);
  }
  for (const [id, image] of resources.images) {
    const sizes = [...(usedSizes.get(id) ?? [])];
    if (sizes.length > 1) {
      add('icon-size', image, `Bilden "${id}" används i flera storlekar (${sizes.join(', ')} px); varje storlek behöver en egen fil.`, `The image "${id}" is used at several sizes (${sizes.join(', ')} px); each size needs its own file.`);
    }
    const size = sizes.length === 1 ? sizes[0] : undefined;
    for (const url of localeValues(image)) checkFile(image, `<bt:Image id="${id}">`, url, { icon: true, size });
  }
  // Pages and files under /assets/ that the manifest links to must exist too.
  for (const el of [kid(root, 'SupportUrl', NS.app), ...resources.urls.values()].filter(Boolean)) {
    for (const url of localeValues(el)) checkFile(el, displayName(el), url, { icon: false });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Files and output
// ---------------------------------------------------------------------------------------------------------------

/** assets/ of the project the manifest belongs to: the nearest folder upwards with a package.json, else the cwd. */
function findAssetsDir(manifestPath) {
  let dir = path.dirname(path.resolve(manifestPath));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'assets');
    const up = path.dirname(dir);
    if (up === dir) return path.resolve('assets');
    dir = up;
  }
}

function checkManifestFile(file, options = {}) {
  let xml;
  try {
    xml = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, problems: [{ code: 'file', line: 0, sv: `Kan inte läsa ${file}: ${e.message}`, en: `Cannot read ${file}: ${e.message}` }] };
  }
  return checkManifest(xml, { assetsDir: options.assetsDir ?? findAssetsDir(file) });
}

function formatReport(file, res) {
  if (res.ok) return `${file}: manifestet är korrekt / the manifest is valid.`;
  const n = res.problems.length;
  const lines = [`${file}: ${n} fel / ${n} ${n === 1 ? 'problem' : 'problems'}`];
  for (const p of res.problems) {
    lines.push(`  ${file}:${p.line} [${p.code}]`, `    sv: ${p.sv}`, `    en: ${p.en}`);
  }
  return lines.join('\n');
}

module.exports = {
  checkManifest,
  checkManifestFile,
  formatReport,
  findAssetsDir,
  readPngSize,
  assetFileFor,
  parseXml,
  NS,
  LIMITS,
};
