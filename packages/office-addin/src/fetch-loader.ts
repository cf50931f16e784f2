import type {DataLoader} from '@helder/core';

/**
 * The browser's DataLoader: every resource is a static file of the add-in under `base` (rules/, data/,
 * dictionary/), listed in `assets.json` by the build. Nothing is fetched from anywhere else.
 */
export function createFetchLoader(base: URL): DataLoader {
  let list: Promise<string[]> | undefined;
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
    listRuleFiles() {
      list ??= get('assets.json').then(async (response) => ((await response.json()) as {rules: string[]}).rules);
      return list;
    },
  };
}
