// The offline manifest check (scripts/manifest-check.cjs): the real manifest passes, every broken variant in
// test/fixtures/manifest fails with exactly its own problem, and each check has a case that fails without it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

interface Problem {
  code: string;
  line: number;
  sv: string;
  en: string;
}
interface Result {
  ok: boolean;
  problems: Problem[];
}
interface ManifestCheck {
  checkManifest(xml: string, options?: { assetsDir?: string }): Result;
  checkManifestFile(file: string, options?: { assetsDir?: string }): Result;
  readPngSize(buf: Buffer): { width: number; height: number } | null;
  assetFileFor(url: string, assetsDir: string): string | null;
  LIMITS: { short: number; long: number; resid: number; url: number };
}

const ROOT = join(__dirname, '..', '..');
const ASSETS = join(ROOT, 'assets');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'manifest');
const MANIFEST = join(ROOT, 'manifest.xml');
const check = createRequire(__filename)(join(ROOT, 'scripts', 'manifest-check.cjs')) as ManifestCheck;
const REAL = readFileSync(MANIFEST, 'utf8');

const codes = (r: Result) => [...new Set(r.problems.map((p) => p.code))].sort();

/** The real manifest with each [from, to] replaced once; throws when `from` is not in it (so the case stays real). */
function mutate(...subs: [string | RegExp, string][]): string {
  let xml = REAL;
  for (const [from, to] of subs) {
    const next = xml.replace(from, to);
    if (next === xml) throw new Error(`mutation did not apply: ${String(from)}`);
    xml = next;
  }
  return xml;
}
const run = (xml: string) => check.checkManifest(xml, { assetsDir: ASSETS });

describe('the real manifest', () => {
  test('passes the offline check with no problems', () => {
    const r = check.checkManifestFile(MANIFEST);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
  });

  test('declares what the product relies on', () => {
    expect(REAL).toMatch(/xsi:type="TaskPaneApp"/);
    expect(REAL).toMatch(/<DefaultLocale>sv-SE<\/DefaultLocale>/);
    expect(REAL).toMatch(/<DisplayName DefaultValue="IFO Prognos">/);
    expect(REAL).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\/>/);
    expect(REAL).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(REAL).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane\.html"\/>/);
    expect(REAL).toMatch(/<OfficeTab id="TabHome">/);
    expect(REAL).toMatch(/<bt:String id="Button\.Label" DefaultValue="IFO Prognos">/);
    expect(REAL).not.toMatch(/http:\/\/(?!schemas\.microsoft\.com|www\.w3\.org)/);
  });
});

/** Each fixture: the only problem codes it may produce, the line of the first, and words from both messages. */
const FIXTURE_CASES: Record<string, { codes: string[]; line: number; sv: RegExp; en: RegExp }> = {
  'malformed.xml': { codes: ['xml-malformed'], line: 9, sv: /inte välformad.*Versoin/, en: /not well-formed.*Versoin/ },
  'comment-dashes.xml': { codes: ['xml-malformed'], line: 21, sv: /"--" får inte förekomma i en kommentar/, en: /"--" must not occur inside a comment/ },
  'out-of-order.xml': { codes: ['order'], line: 27, sv: /<Requirements> står i fel ordning: den ska stå före <DefaultSettings> \(rad 24\)/, en: /<Requirements> is out of order: it must come before <DefaultSettings> \(line 24\)/ },
  'bad-guid.xml': { codes: ['id-guid'], line: 8, sv: /ska vara ett GUID.*17ea90937cd"/, en: /must be a GUID/ },
  'template-id.xml': { codes: ['id-template'], line: 8, sv: /Microsofts mall/, en: /Microsoft's template/ },
  'version-format.xml': { codes: ['version'], line: 9, sv: /"1\.0" ska ha formen n\.n\.n\.n/, en: /"1\.0" must have the form n\.n\.n\.n/ },
  'version-range.xml': { codes: ['version'], line: 9, sv: /högst 5 siffror/, en: /at most 5 digits/ },
  'http-url.xml': { codes: ['url-https'], line: 20, sv: /<SupportUrl>.*"http:\/\/localhost:3000\/assets\/support\.html" måste vara en https-adress/, en: /must be an https URL/ },
  'missing-icon.xml': { codes: ['icon-missing'], line: 79, sv: /Icon\.80x80.*assets\/icon-96\.png finns inte/, en: /assets\/icon-96\.png does not exist/ },
  'wrong-icon-size.xml': { codes: ['icon-size'], line: 18, sv: /<IconUrl>: assets\/icon-64\.png är 64×64 px men ska vara 32×32 px/, en: /is 64×64 px but must be 32×32 px/ },
  'icon-not-png.xml': { codes: ['icon-not-png'], line: 77, sv: /assets\/support\.html är ingen giltig PNG-bild/, en: /is not a valid PNG image/ },
  'missing-permission.xml': { codes: ['permission'], line: 29, sv: /<Permissions>ReadWriteDocument<\/Permissions> saknas/, en: /ReadWriteDocument<\/Permissions> is missing/ },
  'read-only-permission.xml': { codes: ['permission'], line: 32, sv: /är ReadDocument.*behöver ReadWriteDocument/, en: /is ReadDocument.*needs ReadWriteDocument/ },
  'missing-requirements.xml': { codes: ['requirements'], line: 21, sv: /<Requirements> saknas.*ExcelApi 1\.7/, en: /<Requirements> is missing.*ExcelApi 1\.7/ },
  'old-requirement.xml': { codes: ['requirements'], line: 26, sv: /ExcelApi 1\.1 är för gammalt/, en: /ExcelApi 1\.1 is too old/ },
  'dangling-resid.xml': { codes: ['resid-missing'], line: 53, sv: /resid "Button\.Lable", som inte finns/, en: /"Button\.Lable", which is not defined/ },
  'resid-wrong-kind.xml': { codes: ['resid-kind'], line: 56, sv: /"Button\.Tip\.Title" ska finnas i <bt:LongStrings>, men finns i <bt:ShortStrings>/, en: /must be defined in <bt:LongStrings>/ },
  'string-too-long.xml': { codes: ['string-length'], line: 89, sv: /Group\.Label.*155 tecken; högst 125/, en: /155 characters long; at most 125/ },
  'missing-override.xml': { codes: ['override-missing'], line: 15, sv: /<Description> saknar <Override Locale="en-US">/, en: /<Description> lacks <Override Locale="en-US">/ },
  'wrong-host.xml': { codes: ['hosts'], line: 21, sv: /<Host Name="Workbook"\/>/, en: /must contain <Host Name="Workbook"\/>/ },
  'missing-provider.xml': { codes: ['missing-element'], line: 3, sv: /<ProviderName> saknas i <OfficeApp> \(schemat kräver den\)/, en: /<ProviderName> is missing in <OfficeApp>/ },
  'no-home-button.xml': { codes: ['command'], line: 36, sv: /ingen knapp på fliken Start/, en: /no button on the Home tab/ },
  'ribbon-icon-sizes.xml': { codes: ['icon-sizes'], line: 58, sv: /saknar bilder i storlekarna 80 px/, en: /lacks images of size 80 px/ },
};

describe('broken variants in test/fixtures/manifest', () => {
  test('every fixture file has an expectation below, and there are at least 8', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.xml')).sort();
    expect(files).toEqual(Object.keys(FIXTURE_CASES).sort());
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  test.each(Object.entries(FIXTURE_CASES))('%s fails with its own problem', (file, want) => {
    const r = check.checkManifestFile(join(FIXTURES, file));
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual([...want.codes].sort());
    const first = r.problems[0];
    expect(first.line).toBe(want.line);
    expect(first.sv).toMatch(want.sv);
    expect(first.en).toMatch(want.en);
  });
});

/** Checks not covered by a fixture, on mutations of the real manifest. */
describe('each check on a mutated manifest', () => {
  const cases: [string, string, [string | RegExp, string][], RegExp][] = [
    ['root type', 'root', [['xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"']], /xsi:type="TaskPaneApp"/],
    ['root element', 'root', [[/<OfficeApp /, '<App '], ['</OfficeApp>', '</App>']], /Rotelementet ska vara <OfficeApp>/],
    ['unknown element', 'unexpected-element', [['<Permissions>', '<Flavour>vanilla</Flavour>\n  <Permissions>']], /<Flavour> hör inte hemma i <OfficeApp>/],
    ['element in the wrong namespace', 'unexpected-element', [['<bt:Image size="16" resid="Icon.16x16"/>', '<Image size="16" resid="Icon.16x16"/>']], /<Image> hör inte hemma i <Icon>/],
    ['repeated element', 'duplicate-element', [['<Version>1.0.0.0</Version>', '<Version>1.0.0.0</Version>\n  <Version>1.0.0.1</Version>']], /<Version> får bara förekomma 1 gång/],
    ['project-required element', 'missing-element', [[/\s*<SupportUrl [^>]*\/>/, '']], /<SupportUrl> saknas i <OfficeApp> \(IFO Prognos kräver den\)/],
    ['nil GUID', 'id-guid', [[/<Id>[^<]*<\/Id>/, '<Id>00000000-0000-0000-0000-000000000000</Id>']], /noll-GUID/],
    ['default locale', 'locale', [['<DefaultLocale>sv-SE</DefaultLocale>', '<DefaultLocale>en-US</DefaultLocale>']], /<DefaultLocale> ska vara sv-SE/],
    ['override locale', 'locale', [['<Override Locale="en-US" Value="IFO Prognos"/>', '<Override Locale="english" Value="IFO Prognos"/>']], /ogiltigt Locale "english"/],
    ['empty string', 'string-empty', [['<ProviderName>IFO Prognos</ProviderName>', '<ProviderName></ProviderName>']], /<ProviderName> är tom/],
    ['long description', 'string-length', [[/<Description DefaultValue="[^"]*"/, `<Description DefaultValue="${'x'.repeat(251)}"`]], /251 tecken; högst 250/],
    ['missing DefaultValue', 'missing-attribute', [['<DisplayName DefaultValue="IFO Prognos">', '<DisplayName>']], /<DisplayName> saknar attributet DefaultValue/],
    ['duplicate resource id', 'resource-id', [['<bt:String id="Pane.Title"', '<bt:String id="Button.Label"']], /Resurs-id "Button\.Label" finns redan/],
    ['long resource id', 'resource-id', [['<bt:Url id="Support.Url"', '<bt:Url id="Support.Url.That.Is.Far.Too.Long.For.Office"'], ['<LearnMoreUrl resid="Support.Url"/>', '<LearnMoreUrl resid="Support.Url.That.Is.Far.Too.Long.For.Office"/>']], /Resurs-id .* är 43 tecken; högst 32/],
    ['long resid', 'resid-length', [['<LearnMoreUrl resid="Support.Url"/>', '<LearnMoreUrl resid="Support.Url.That.Is.Far.Too.Long.For.Office"/>']], /resid ".*" är 43 tecken; högst 32/],
    ['http outside a URL element', 'url-https', [['<Hosts>\n    <Host Name="Workbook"/>', '<AppDomains>\n    <AppDomain>http://ifo.kommun.se</AppDomain>\n  </AppDomains>\n  <Hosts>\n    <Host Name="Workbook"/>']], /<AppDomain> "http:\/\/ifo\.kommun\.se" måste vara en https-adress/],
    ['http in a resource override', 'url-https', [['<bt:Url id="Support.Url" DefaultValue="https://localhost:3000/assets/support.html"/>', '<bt:Url id="Support.Url" DefaultValue="https://localhost:3000/assets/support.html"><bt:Override Locale="en-US" Value="http://example.org/help"/></bt:Url>']], /Override "http:\/\/example\.org\/help" måste vara en https-adress/],
    ['unparseable URL', 'url-invalid', [['https://localhost:3000/assets/support.html"/>\n  <Hosts>', 'https://local host:3000/support"/>\n  <Hosts>']], /är ingen giltig URL/],
    ['other permission value', 'permission', [['<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>']], /"Everything" är inget giltigt värde/],
    ['extra host', 'hosts', [['<Host Name="Workbook"/>', '<Host Name="Workbook"/>\n    <Host Name="Presentation"/>']], /<Host Name="Presentation"> hör inte hit/],
    ['no ExcelApi set', 'requirements', [['<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="DialogApi" MinVersion="1.1"/>']], /saknar <Set Name="ExcelApi" MinVersion="1\.7"\/>/],
    ['ExcelApi below 1.7', 'requirements', [['<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.6"/>']], /ExcelApi 1\.6 är för gammalt/],
    ['VersionOverrides type', 'version-overrides', [['xsi:type="VersionOverridesV1_0"', 'xsi:type="VersionOverridesV1_1"']], /VersionOverridesV1_0/],
    ['duplicate control id', 'duplicate-id', [['<Group id="IfoPrognos.Group">', '<Group id="IfoPrognos.OpenPane">']], /id "IfoPrognos\.OpenPane" används redan/],
    ['button opens another page', 'command', [['<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>', '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/other.html"/>']], /öppnar https:\/\/localhost:3000\/other\.html, men <DefaultSettings> pekar på/],
    ['icon outside assets/', 'icon-location', [['<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>', '<HighResolutionIconUrl DefaultValue="https://localhost:3000/img/icon-64.png"/>']], /pekar inte in i assets\//],
    ['linked page missing in assets/', 'asset-missing', [['<SupportUrl DefaultValue="https://localhost:3000/assets/support.html"/>', '<SupportUrl DefaultValue="https://localhost:3000/assets/hjalp.html"/>']], /filen assets\/hjalp\.html finns inte/],
    ['one image used at two sizes', 'icon-size', [['<bt:Image size="80" resid="Icon.80x80"/>\n                </Icon>\n                <Control', '<bt:Image size="80" resid="Icon.32x32"/>\n                </Icon>\n                <Control']], /används i flera storlekar \(32, 80 px\)/],
  ];

  test.each(cases)('%s → %s', (_name, code, subs, sv) => {
    const r = run(mutate(...subs));
    expect(r.ok).toBe(false);
    const hit = r.problems.filter((p) => p.code === code);
    expect(hit.length).toBeGreaterThan(0);
    expect(hit.map((p) => p.sv).join('\n')).toMatch(sv);
    for (const p of hit) {
      expect(p.line).toBeGreaterThan(0);
      expect(p.en.length).toBeGreaterThan(10);
    }
  });

  test.each(['1.8', '1.10', '1.14'])('ExcelApi %s is accepted (versions compare as numbers, not text)', (v) => {
    expect(run(mutate(['<Set Name="ExcelApi" MinVersion="1.7"/>', `<Set Name="ExcelApi" MinVersion="${v}"/>`])).problems).toEqual([]);
  });

  test('a manifest with several problems lists every one of them, in line order', () => {
    const r = run(
      mutate(
        ['<Version>1.0.0.0</Version>', '<Version>one</Version>'],
        ['<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>'],
        ['<Label resid="Group.Label"/>', '<Label resid="Nope"/>'],
      ),
    );
    expect(codes(r)).toEqual(['permission', 'resid-missing', 'version']);
    const lines = r.problems.map((p) => p.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  test('icon checks map any host’s …/assets/ path to the local folder (as for a production manifest)', () => {
    expect(check.assetFileFor('https://ifo.kommun.se/prognos/assets/icon-32.png', ASSETS)).toBe(join(ASSETS, 'icon-32.png'));
    expect(check.assetFileFor('https://ifo.kommun.se/prognos/assets/../../etc/passwd', ASSETS)).toBeNull();
    expect(check.assetFileFor('https://ifo.kommun.se/taskpane.html', ASSETS)).toBeNull();
  });
});

/** Reads a PNG fully: chunks with CRCs, IHDR, and the inflated image data. */
function decodePng(buf: Buffer) {
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const types: string[] = [];
  const idat: Buffer[] = [];
  let ihdr: Buffer = Buffer.alloc(0);
  for (let p = 8; p < buf.length; ) {
    const len = buf.readUInt32BE(p);
    const type = buf.toString('ascii', p + 4, p + 8);
    const data = buf.subarray(p + 8, p + 8 + len);
    expect(crc(buf.subarray(p + 4, p + 8 + len))).toBe(buf.readUInt32BE(p + 8 + len));
    types.push(type);
    if (type === 'IHDR') ihdr = data;
    if (type === 'IDAT') idat.push(data);
    p += 12 + len;
  }
  expect(types[0]).toBe('IHDR');
  expect(types[types.length - 1]).toBe('IEND');
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(idat));
  return { width, height, bitDepth: ihdr[8], colourType: ihdr[9], raw };
}

describe('icons in assets/', () => {
  test.each([16, 32, 64, 80, 128].map((n) => [n, n]))('icon-%i.png is a real %i px RGBA PNG with transparent corners', (size) => {
    const buf = readFileSync(join(ASSETS, `icon-${size}.png`));
    expect(check.readPngSize(buf)).toEqual({ width: size, height: size });
    const png = decodePng(buf);
    expect([png.width, png.height, png.bitDepth, png.colourType]).toEqual([size, size, 8, 6]);
    expect(png.raw.length).toBe((size * 4 + 1) * size);
    const alpha = (x: number, y: number) => png.raw[y * (size * 4 + 1) + 1 + x * 4 + 3];
    expect(alpha(0, 0)).toBeLessThan(16); // rounded corner: (almost) transparent
    expect(alpha(Math.floor(size / 2), size - 2)).toBe(255); // inside the square
  });

  test('readPngSize refuses what is not a PNG or has a broken header', () => {
    expect(check.readPngSize(readFileSync(join(ASSETS, 'support.html')))).toBeNull();
    const broken = Buffer.from(readFileSync(join(ASSETS, 'icon-16.png')));
    broken[17] ^= 0xff; // width changed, CRC no longer matches
    expect(check.readPngSize(broken)).toBeNull();
  });
});

describe('command-line scripts', () => {
  const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });

  test('check-manifest.mjs: exit 0 on the real manifest, 1 with messages in both languages on a broken one', () => {
    const ok = node(['scripts/check-manifest.mjs', 'manifest.xml']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/manifestet är korrekt \/ the manifest is valid/);

    const bad = node(['scripts/check-manifest.mjs', 'test/fixtures/manifest/old-requirement.xml', 'test/fixtures/manifest/bad-guid.xml']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/old-requirement\.xml:26 \[requirements\]\n\s+sv: ExcelApi 1\.1 är för gammalt.*\n\s+en: ExcelApi 1\.1 is too old/);
    expect(bad.stderr).toMatch(/bad-guid\.xml:8 \[id-guid\]/);
  });

  test('manifest-for-host.mjs writes a checked manifest for the production base, with no localhost left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ifo-manifest-'));
    try {
      const out = join(dir, 'manifest.xml');
      const r = node(['scripts/manifest-for-host.mjs', '--base', 'https://ifo.kommun.se/prognos', '--out', out, '--version', '1.0.1.0']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const xml = readFileSync(out, 'utf8');
      expect(xml.replace(/<!--[\s\S]*?-->/g, '')).not.toMatch(/localhost/);
      expect(xml).toMatch(/<SourceLocation DefaultValue="https:\/\/ifo\.kommun\.se\/prognos\/taskpane\.html"\/>/);
      expect(xml).toMatch(/<bt:Image id="Icon\.16x16" DefaultValue="https:\/\/ifo\.kommun\.se\/prognos\/assets\/icon-16\.png"\/>/);
      expect(xml).toMatch(/<Version>1\.0\.1\.0<\/Version>/);
      expect(check.checkManifest(xml, { assetsDir: ASSETS }).problems).toEqual([]);

      const http = node(['scripts/manifest-for-host.mjs', '--base', 'http://ifo.kommun.se/', '--out', join(dir, 'x.xml')]);
      expect(http.status).toBe(2);
      expect(http.stderr).toMatch(/https/);

      const badVersion = node(['scripts/manifest-for-host.mjs', '--base', 'https://ifo.kommun.se/', '--out', join(dir, 'y.xml'), '--version', '2']);
      expect(badVersion.status).toBe(1);
      expect(badVersion.stderr).toMatch(/\[version\]/);
      expect(readdirSync(dir)).toEqual(['manifest.xml']); // nothing written for the refused ones
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
