/** The public types compile as the docs use them, and misuse stays a compile error (fixtures/types/public-api.ts). */
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';

describe('public types', () => {
  it('compile the documented uses and reject the wrong ones', () => {
    const file = fileURLToPath(new URL('./fixtures/types/public-api.ts', import.meta.url));
    // The core's own compiler settings and sources (they bring the .d.ts files of untyped dependencies).
    const config = ts.getParsedCommandLineOfConfigFile(fileURLToPath(new URL('../tsconfig.json', import.meta.url)), {}, {...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined})!;
    const program = ts.createProgram([...config.fileNames, file], {...config.options, noEmit: true, rootDir: undefined});
    const problems = ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((diagnostic) => {
      const where = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : undefined;
      return `${diagnostic.file ? diagnostic.file.fileName.split('/').slice(-3).join('/') : ''}${where ? `:${where.line + 1}` : ''} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
  });
});
