/** "Zet het advies hier uit" edits the directive the core reads, and after the edit the core really drops the advice. */
import {check} from '@helder/node';
import {TextDocument} from 'vscode-languageserver-textdocument';
import {describe, expect, it} from 'vitest';
import {codeActionsFor, disableEdit} from '../src/code-actions.js';
import type {CommentStyle} from '../src/formats.js';

async function disableFirst(text: string, ruleId: string, style: CommentStyle) {
  const before = await check(text, {format: 'markdown'});
  const finding = before.findings.find((item) => item.ruleId === ruleId)!;
  expect(finding).toBeDefined();
  const document = TextDocument.create('file:///brief.md', 'markdown', 1, text);
  const id = finding.entryId ?? finding.ruleId;
  const edit = disableEdit(document, document.positionAt(finding.offset).line, id, style);
  const changed = TextDocument.applyEdits(document, [edit]);
  const after = await check(changed, {format: 'markdown'});
  return {before, after, edit, changed, id};
}

describe('disable on this line', () => {
  it('adds the id to a helder-disable-next-line above, inside its comment', async () => {
    const text = 'Beste mevrouw Bakker,\n\n<!-- helder-disable-next-line lange-zin -->\nMiddels deze brief laten wij u weten dat uw aanvraag is goedgekeurd.\n';
    const {before, after, changed, id} = await disableFirst(text, 'moeilijk-woord', 'markdown');
    expect(id).toBe('middels');
    expect(changed.split('\n')[2]).toBe('<!-- helder-disable-next-line lange-zin middels -->');
    expect(after.findings.filter((item) => item.ruleId === 'moeilijk-woord')).toEqual([]);
    expect(after.suppressed).toBe(before.suppressed + 1);
  });

  it('adds the id after a list with commas, as the core reads it', async () => {
    const text = 'Beste mevrouw Bakker,\n\n{{! helder-disable-next-line lange-zin, afkorting }}\nMiddels deze brief laten wij u weten dat uw aanvraag is goedgekeurd.\n';
    const {changed, after} = await disableFirst(text, 'moeilijk-woord', 'handlebars');
    expect(changed.split('\n')[2]).toBe('{{! helder-disable-next-line lange-zin, afkorting middels }}');
    expect(after.findings.filter((item) => item.ruleId === 'moeilijk-woord')).toEqual([]);
  });

  it('changes nothing when the line above already names the id', () => {
    const text = 'Beste mevrouw Bakker,\n\n<!-- helder-disable-next-line middels -->\nMiddels deze brief laten wij u iets weten.\n';
    const document = TextDocument.create('file:///brief.md', 'markdown', 1, text);
    expect(disableEdit(document, 3, 'middels', 'markdown')).toEqual({range: {start: {line: 3, character: 0}, end: {line: 3, character: 0}}, newText: ''});
  });

  it('does not write into a sentence above that only mentions a directive', async () => {
    const text = 'Beste mevrouw Bakker,\n\nIn de handleiding staat hoe helder-disable-next-line werkt.\nMiddels deze brief laten wij u weten dat uw aanvraag is goedgekeurd.\n';
    const {changed, after} = await disableFirst(text, 'moeilijk-woord', 'html');
    expect(changed.split('\n').slice(2, 5)).toEqual([
      'In de handleiding staat hoe helder-disable-next-line werkt.',
      '<!-- helder-disable-next-line middels -->',
      'Middels deze brief laten wij u weten dat uw aanvraag is goedgekeurd.',
    ]);
    expect(after.findings.filter((item) => item.ruleId === 'moeilijk-woord')).toEqual([]);
  });
});

describe('quick fix on a term that gets advice once per text (issue 12)', () => {
  it('fixes the first use; the next check advises on the next use, until every use is plain', async () => {
    let text = 'De instelling kan de cliëntenraad ontbinden.\n\nZonder reden mag de instelling de cliëntenraad niet ontbinden.\n\nWil de instelling de raad ontbinden? Dan vraagt zij eerst toestemming.\n';
    const seen: string[] = [];
    for (let round = 0; round < 5; round++) {
      const findings = (await check(text, {format: 'markdown'})).findings.filter((item) => item.entryId === 'ontbinden');
      if (findings.length === 0) break;
      // One finding per text, at the first use, and it names the uses after it.
      expect(findings).toHaveLength(1);
      seen.push(findings[0]!.message);
      const document = TextDocument.create('file:///brief.md', 'markdown', round + 1, text);
      const [preferred] = codeActionsFor(document, findings, {comment: 'markdown', documentChanges: false}).filter((action) => action.isPreferred);
      const edits = preferred!.edit!.changes!['file:///brief.md']!;
      expect(edits[0]!.newText).toBe('stoppen');
      text = TextDocument.applyEdits(document, edits);
    }
    expect(seen).toHaveLength(3);
    expect(seen[0]).toContain('Het woord staat daarna nog 2 keer in de tekst.');
    expect(seen[2]).not.toContain('keer in de tekst');
    expect(text).not.toContain('ontbinden');
  });
});
