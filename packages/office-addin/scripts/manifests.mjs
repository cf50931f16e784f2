/**
 * The XML add-in-only manifests (the unified JSON manifest does not run on perpetual Office/LTSC). Ids are fixed
 * GUIDs: Office knows an add-in by its id, so a new id would install a second Helder.
 */
export const wordId = '6f1d2c3a-8b47-4e5e-9a1c-2d4b5e6f7a81';
export const outlookId = '9c2e4a6b-1d3f-4a5b-8c7d-0e1f2a3b4c52';
export const version = '0.1.0.0';
export const iconSizes = [16, 32, 64, 80, 128];

const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function common({id, base}) {
  const url = (path) => escape(new URL(path, base).href);
  return {
    head: `  <Id>${id}</Id>
  <Version>${version}</Version>
  <ProviderName>Helder (open source, EUPL-1.2)</ProviderName>
  <DefaultLocale>nl-NL</DefaultLocale>
  <DisplayName DefaultValue="Helder"/>
  <Description DefaultValue="Helder kijkt of uw tekst makkelijk te lezen is. De tekst blijft op uw computer."/>
  <IconUrl DefaultValue="${url('icons/icon-32.png')}"/>
  <HighResolutionIconUrl DefaultValue="${url('icons/icon-64.png')}"/>
  <SupportUrl DefaultValue="${url('index.html')}"/>
  <AppDomains>
    <AppDomain>${escape(new URL(base).origin)}</AppDomain>
  </AppDomains>`,
    url,
  };
}

/** Word: a task pane with read and write access to the document (WordApi 1.3 is in Word 2016 and later). */
export function wordManifest(base) {
  const {head, url} = common({id: wordId, base});
  return `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="TaskPaneApp">
${head}
  <Hosts>
    <Host Name="Document"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.3">
      <Set Name="WordApi" MinVersion="1.3"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${url('taskpane.html')}"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
${commands({host: 'Document', point: 'PrimaryCommandSurface', tab: 'TabHome', ...{taskpaneId: true, groupIcon: true}}, url)}
  </VersionOverrides>
</OfficeApp>
`;
}

const icons = (indent) =>
  [16, 32, 80].map((size) => `${indent}<bt:Image size="${size}" resid="Helder.Icon${size}"/>`).join('\n');

/** The ribbon group with the one button that opens the pane. Word's group has an icon of its own and a pane id. */
function group({taskpaneId, groupIcon}) {
  const pad = '              ';
  return [
    `${pad}<Group id="Helder.Group">`,
    `${pad}  <Label resid="Helder.Label"/>`,
    ...(groupIcon ? [`${pad}  <Icon>`, icons(`${pad}    `), `${pad}  </Icon>`] : []),
    `${pad}  <Control xsi:type="Button" id="Helder.Open">`,
    `${pad}    <Label resid="Helder.Label"/>`,
    `${pad}    <Supertip>`,
    `${pad}      <Title resid="Helder.Label"/>`,
    `${pad}      <Description resid="Helder.Tip"/>`,
    `${pad}    </Supertip>`,
    `${pad}    <Icon>`,
    icons(`${pad}      `),
    `${pad}    </Icon>`,
    `${pad}    <Action xsi:type="ShowTaskpane">`,
    ...(taskpaneId ? [`${pad}      <TaskpaneId>Helder.Pane</TaskpaneId>`] : []),
    `${pad}      <SourceLocation resid="Helder.Pane.Url"/>`,
    `${pad}    </Action>`,
    `${pad}  </Control>`,
    `${pad}</Group>`,
  ].join('\n');
}

/** The command surface (ribbon tab with Helder's group) and the resources it names. */
function commands({host, point, tab, taskpaneId, groupIcon}, url) {
  return `    <Hosts>
      <Host xsi:type="${host}">
        <DesktopFormFactor>
          <ExtensionPoint xsi:type="${point}">
            <OfficeTab id="${tab}">
${group({taskpaneId, groupIcon})}
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
${resources(url)}`;
}

function resources(url) {
  return `    <Resources>
      <bt:Images>
        <bt:Image id="Helder.Icon16" DefaultValue="${url('icons/icon-16.png')}"/>
        <bt:Image id="Helder.Icon32" DefaultValue="${url('icons/icon-32.png')}"/>
        <bt:Image id="Helder.Icon80" DefaultValue="${url('icons/icon-80.png')}"/>
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Helder.Pane.Url" DefaultValue="${url('taskpane.html')}"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="Helder.Label" DefaultValue="Helder"/>
      </bt:ShortStrings>
      <bt:LongStrings>
        <bt:String id="Helder.Tip" DefaultValue="Kijk of uw tekst makkelijk te lezen is."/>
      </bt:LongStrings>
    </Resources>`;
}

/** Outlook: the same pane while writing a message (Mailbox 1.3 for custom properties and body.setAsync). */
export function outlookManifest(base) {
  const {head, url} = common({id: outlookId, base});
  return `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:mailappor="http://schemas.microsoft.com/office/mailappversionoverrides/1.0" xsi:type="MailApp">
${head}
  <Hosts>
    <Host Name="Mailbox"/>
  </Hosts>
  <Requirements>
    <Sets>
      <Set Name="Mailbox" MinVersion="1.3"/>
    </Sets>
  </Requirements>
  <FormSettings>
    <Form xsi:type="ItemEdit">
      <DesktopSettings>
        <SourceLocation DefaultValue="${url('taskpane.html')}"/>
      </DesktopSettings>
    </Form>
  </FormSettings>
  <Permissions>ReadWriteItem</Permissions>
  <Rule xsi:type="RuleCollection" Mode="Or">
    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Edit"/>
  </Rule>
  <DisableEntityHighlighting>true</DisableEntityHighlighting>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Requirements>
      <bt:Sets DefaultMinVersion="1.3">
        <bt:Set Name="Mailbox"/>
      </bt:Sets>
    </Requirements>
${commands({host: 'MailHost', point: 'MessageComposeCommandSurface', tab: 'TabDefault', ...{taskpaneId: false, groupIcon: false}}, url)}
  </VersionOverrides>
</OfficeApp>
`;
}
