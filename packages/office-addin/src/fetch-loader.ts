import type {DataLoader} from '@helder/core';

interface Assets {
  /** The rule set parsed at build time (what the build ships). */
  ruleSet?: string;
  /** Or the rule files themselves, parsed in the browser. */
  rules?: string[];
  /** Every other file the core reads (dictionary, readability data, abbreviations, word lists), recorded by the build. */
  data?: string[];
}

/**
 * The browser's DataLoader: every resource is a static file of the add-in under `base` (rules.json, data/,
 * dictionary/), listed in `assets.json` by the build. Nothing is fetched from anywhere else.
 * All files are requested at once when the loader is made: the core asks for the dictionary only after the rules,
 * and waiting for each in turn made the first check a quarter of a second slower.
 */
export function createFetchLoader(base: URL): DataLoader {
  const get = async (name: string): Promise<ArrayBuffer> => {
    const response = await fetch(new URL(name, base));
    if (!response.ok) throw new Error(`Helder kan het bestand ${name} niet laden (${response.status}).`);
    return response.arrayBuffer();
  };
  const early = new Map<string, Promise<ArrayBuffer>>();
  const assets = get('assets.json').then((bytes) => {
    const list = JSON.parse(new TextDecoder().decode(bytes)) as Assets;
    for (const name of [...(list.ruleSet ? [list.ruleSet] : []), ...(list.rules ?? []), ...(list.data ?? [])]) {
      const promise = get(name);
      promise.catch(() => undefined); // reported when the core asks for the file
      early.set(name, promise);
    }
    return list;
  });
  assets.catch(() => undefined);
  const bytes = async (name: string): Promise<ArrayBuffer> => {
    await assets.catch(() => undefined);
    const promise = early.get(name);
    // Handed out once: the core keeps what it needs, so the loader does not hold a second copy.
    early.delete(name);
    return promise ?? get(name);
  };
  return {
    async readText(name) {
      return new TextDecoder().decode(await bytes(name));
    },
    async readBinary(name) {
      return new Uint8Array(await bytes(name));
    },
    async listRuleFiles() {
      return (await assets).rules ?? [];
    },
    async readRuleSet() {
      const {ruleSet} = await assets;
      return ruleSet === undefined ? undefined : new TextDecoder().decode(await bytes(ruleSet));
    },
  };
}
