import {describe, expect, it} from 'vitest';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {XMLParser, XMLValidator} from 'fast-xml-parser';

/**
 * The manifests, checked offline (Microsoft's validator sends the manifest to an online service). The rules that
 * matter for sideloading and central deployment: a GUID id, a four-part version, HTTPS URLs on the base URL,
 * the permission, icons that exist in the build, and the requirement sets.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const addin = join(root, 'packages/office-addin');
const out = mkdtempSync(join(tmpdir(), 'helder-addin-'));
const base = 'https://intranet.gemeente.example/helder/';
execFileSync(process.execPath, [join(addin, 'scripts/build.mjs'), '--base-url', base, '--out', out], {cwd: addin, stdio: 'pipe'});
process.on('exit', () => rmSync(out, {recursive: true, force: true}));

const parser = new XMLParser({ignoreAttributes: false, attributeNamePrefix: '', processEntities: false, isArray: () => false});
function read(name: string) {
  const xml = readFileSync(join(out, name), 'utf8');
  expect(XMLValidator.validate(xml)).toBe(true);
  return {xml, app: parser.parse(xml).OfficeApp};
}

/** Every attribute or text value in the manifest that is a URL. */
const urlsIn = (xml: string) => [...xml.matchAll(/(?:DefaultValue="|<SourceLocation[^>]*>|<AppDomain>)(https?:\/\/[^"<]+)/g)].map((match) => match[1]!);

describe.each([
  {name: 'manifest-word.xml', type: 'TaskPaneApp', permission: 'ReadWriteDocument', host: 'Document'},
  {name: 'manifest-outlook.xml', type: 'MailApp', permission: 'ReadWriteItem', host: 'Mailbox'},
])('$name', ({name, type, permission, host}) => {
  it('is a well-formed XML add-in-only manifest with a GUID id and a four-part version', () => {
    const {app} = read(name);
    expect(app['xsi:type']).toBe(type);
    expect(app.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.DefaultLocale).toBe('nl-NL');
    expect(app.DisplayName.DefaultValue).toBe('Helder');
    expect(app.Description.DefaultValue.length).toBeLessThanOrEqual(250);
    expect(app.Hosts.Host.Name).toBe(host);
    expect(app.Permissions).toBe(permission);
  });

  it('points only to HTTPS addresses under the base URL, each a file of the build', () => {
    const {xml} = read(name);
    const urls = urlsIn(xml);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith('https://'), url).toBe(true);
      if (url === new URL(base).origin) continue; // the AppDomain
      expect(url.startsWith(base), url).toBe(true);
      expect(existsSync(join(out, url.slice(base.length))), url).toBe(true);
    }
  });

  it('has icons in the build with the sizes the manifest says', () => {
    const {xml} = read(name);
    for (const match of xml.matchAll(/(?:<bt:Image size="(\d+)" resid="([^"]+)")/g)) {
      const id = match[2]!;
      const url = new RegExp(`<bt:Image id="${id}" DefaultValue="([^"]+)"`).exec(xml)?.[1];
      expect(url, id).toBeDefined();
      const png = readFileSync(join(out, url!.slice(base.length)));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(Number(match[1]));
    }
    for (const icon of ['IconUrl', 'HighResolutionIconUrl']) {
      const url = read(name).app[icon].DefaultValue as string;
      expect(readFileSync(join(out, url.slice(base.length))).readUInt32BE(16)).toBe(icon === 'IconUrl' ? 32 : 64);
    }
  });

  it('asks for requirement sets that perpetual Office has', () => {
    const {app} = read(name);
    const sets = [app.Requirements.Sets.Set].flat();
    if (type === 'TaskPaneApp') expect(sets).toEqual([{Name: 'WordApi', MinVersion: '1.3'}]);
    else expect(sets).toEqual([{Name: 'Mailbox', MinVersion: '1.3'}]);
  });
});

describe('the two manifests together', () => {
  it('have different ids, the same version, and Outlook opens the pane only while writing a message', () => {
    const word = read('manifest-word.xml').app;
    const outlook = read('manifest-outlook.xml').app;
    expect(word.Id).not.toBe(outlook.Id);
    expect(word.Version).toBe(outlook.Version);
    expect(outlook.Rule.Rule).toMatchObject({'xsi:type': 'ItemIs', ItemType: 'Message', FormType: 'Edit'});
    expect(outlook.FormSettings.Form['xsi:type']).toBe('ItemEdit');
    expect(outlook.VersionOverrides.Hosts.Host.DesktopFormFactor.ExtensionPoint['xsi:type']).toBe('MessageComposeCommandSurface');
  });

  it('refuses a base URL without HTTPS, with a clear message', () => {
    let message = '';
    try {
      execFileSync(process.execPath, [join(addin, 'scripts/build.mjs'), '--base-url', 'http://intranet/helder/', '--out', join(out, 'http')], {cwd: addin, stdio: 'pipe'});
    } catch (error) {
      message = String((error as {stderr: Buffer}).stderr);
    }
    expect(message).toContain('moet met https:// beginnen');
  });
});
