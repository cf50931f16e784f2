// Bundled by word-pane.test.ts and served in place of Office.js: the fake Word (fake-word.ts) as the globals
// Office and Word, with the document the test put in window.helderFakeWordData before the page loaded.
import {FakeOfficeDocument, FakeWord, type FakeWordData} from './fake-word.js';

const scope = window as unknown as Record<string, unknown>;
const word = new FakeWord(scope.helderFakeWordData as FakeWordData);
const document = new FakeOfficeDocument();
scope.fakeWord = word;
scope.fakeOfficeDocument = document;
scope.Word = word;
scope.Office = {
  onReady: async () => ({host: 'Word'}),
  context: {document, requirements: {isSetSupported: (name: string, version: string) => name === 'WordApi' && Number(version) <= 1.4}},
};
