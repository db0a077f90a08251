import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

/**
 * manifest.xml against Microsoft's XML schemas (offline, xmllint compiled to WebAssembly), then
 * what the schemas cannot check. CI clones the repository with shared/ beside it.
 */
const repoRoot = path.resolve(__dirname, '..', '..');
const schemaDir = path.resolve(repoRoot, '..', 'shared', 'office-manifest-schemas');
const ROOT_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const manifest = readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8');

async function validate(xml: string) {
  const schemas = readdirSync(schemaDir).filter((name) => name.endsWith('.xsd'));
  const file = (name: string) => ({
    fileName: name,
    contents: readFileSync(path.join(schemaDir, name), 'utf8'),
  });
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [file(ROOT_SCHEMA)],
    preload: schemas.filter((name) => name !== ROOT_SCHEMA).map(file),
    modifyArguments: (args) => ['--nonet', ...args],
  });
}

const attributeValues = (name: string) =>
  [...manifest.matchAll(new RegExp(`\\b${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** https://localhost:3000/addin/assets/x.png is served from addin/public/assets/x.png. */
function localFileOf(url: string): string {
  const { pathname } = new URL(url);
  expect(pathname.startsWith('/addin/')).toBe(true);
  return path.join(repoRoot, 'addin', 'public', pathname.slice('/addin/'.length));
}

describe('manifest.xml', () => {
  test('is valid against the Office add-in manifest schemas', async () => {
    const result = await validate(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('the validation is real: a manifest without its Id is refused', async () => {
    const result = await validate(manifest.replace(/<Id>[^<]*<\/Id>/, ''));
    expect(result.valid).toBe(false);
  });

  test('every URL is HTTPS, and the task pane is on an app domain', () => {
    const urls = [...manifest.matchAll(/\bhttps?:\/\/[^"<\s]+/g)]
      .map((m) => m[0])
      .filter(
        (url) =>
          !url.startsWith('http://schemas.microsoft.com/') && !url.startsWith('http://www.w3.org/'),
      );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);

    const domains = [...manifest.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]);
    const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)![1];
    expect(domains).toContain(new URL(source).origin);
  });

  test('every resid names a resource that is defined', () => {
    const defined = new Set(attributeValues('id'));
    const used = attributeValues('resid');
    expect(used.length).toBeGreaterThan(5);
    for (const resid of used) expect(defined).toContain(resid);
  });

  test('icons exist with the declared sizes', () => {
    const images = new Map(
      [...manifest.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    const declared = [...manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)];
    expect(new Set(declared.map((m) => m[1]))).toEqual(new Set(['16', '32', '80']));
    for (const [, size, resid] of declared) {
      const { width, height } = pngSize(localFileOf(images.get(resid)!));
      expect([width, height]).toEqual([Number(size), Number(size)]);
    }

    const icon = /<IconUrl DefaultValue="([^"]+)"/.exec(manifest)![1];
    const highResolution = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(manifest)![1];
    expect(pngSize(localFileOf(icon))).toEqual({ width: 32, height: 32 });
    expect(pngSize(localFileOf(highResolution))).toEqual({ width: 80, height: 80 });
  });

  test('the version has four parts and ExcelApi 1.12 is the minimum', () => {
    expect(/<Version>([^<]+)<\/Version>/.exec(manifest)![1]).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.12"\s*\/>/);
  });

  test('a MedPromo group on the Home tab has a button that shows the task pane', () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">\s*<Group id="MedPromo\.Group">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });
});
