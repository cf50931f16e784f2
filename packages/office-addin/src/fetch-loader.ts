import type {DataLoader} from '@helder/core';

interface Assets {
  rules: string[];
  /** Entries of the core's cache made at build time (the parsed rule set), under cache/. */
  cache?: string[];
}

/**
 * The browser's DataLoader: every resource is a static file of the add-in under `base` (rules/, data/,
 * dictionary/, cache/), listed in `assets.json` by the build. Nothing is fetched from anywhere else.
 */
export function createFetchLoader(base: URL): DataLoader {
  let assets: Promise<Assets> | undefined;
  const list = () => (assets ??= get('assets.json').then((response) => response.json() as Promise<Assets>));
  const get = async (name: string): Promise<Response> => {
    const response = await fetch(new URL(name, base));
    if (!response.ok) throw new Error(`Helder kan het bestand ${name} niet laden (${response.status}).`);
    return response;
  };
  return {
    async readText(name) {
      return (await get(name)).text();
    },
    async readBinary(name) {
      return new Uint8Array(await (await get(name)).arrayBuffer());
    },
    async listRuleFiles() {
      return (await list()).rules;
    },
    async readCache(key) {
      if (!(await list()).cache?.includes(key)) return undefined;
      return (await get(`cache/${key}`)).text();
    },
  };
}
