/**
 * Keep only the NL Design System CSS the pane uses: the Utrecht bundle styles some seventy components, the pane
 * uses a handful, and every kilobyte counts against the pane's 3 MB budget. A rule stays unless every selector in
 * it names a Utrecht component that the pane does not use. Works on esbuild's minified output (no comments).
 */
export function pruneCss(css, usedSource) {
  const used = new Set([...usedSource.matchAll(/utrecht-[a-z0-9-]+/g)].map((match) => block(match[0])));
  used.add('utrecht-document');
  const keepSelector = (selector) => {
    const names = [...selector.matchAll(/\.(utrecht-[a-z0-9-]+)/g)].map((match) => block(match[1]));
    return names.length === 0 || names.every((name) => used.has(name));
  };
  return dropUnusedProperties(prune(css, keepSelector));
}

/**
 * The theme sets design tokens for every component; a token that no var() reads any more is dropped, and again,
 * until none is left (a token may only be read by another unused token).
 */
function dropUnusedProperties(css) {
  for (let round = 0; round < 10; round++) {
    const read = new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]));
    const next = css.replace(/([{;])(--[\w-]+):(?:[^;{}"']|"[^"]*"|'[^']*')*;?/g, (declaration, before, name) => (read.has(name) ? declaration : before));
    if (next === css) break;
    css = next;
  }
  return css.replace(/;}/g, '}').replace(/[^{}@;]+\{\}/g, '');
}

/** "utrecht-button--subtle" and "utrecht-button__icon" belong to the block "utrecht-button". */
function block(name) {
  return name.replace(/(--|__).*$/, '');
}

function prune(css, keepSelector) {
  let out = '';
  let index = 0;
  while (index < css.length) {
    const open = css.indexOf('{', index);
    const semicolon = css.indexOf(';', index);
    if (open === -1) {
      out += css.slice(index);
      break;
    }
    if (semicolon !== -1 && semicolon < open) {
      out += css.slice(index, semicolon + 1); // @charset, @import
      index = semicolon + 1;
      continue;
    }
    const prelude = css.slice(index, open);
    const close = matching(css, open);
    const body = css.slice(open + 1, close);
    if (prelude.trimStart().startsWith('@')) {
      const inner = /^@(media|supports|layer|container)\b/.test(prelude.trim()) ? prune(body, keepSelector) : body;
      if (inner.trim()) out += `${prelude}{${inner}}`;
    } else {
      const selectors = splitSelectors(prelude).filter((selector) => keepSelector(selector));
      if (selectors.length > 0) out += `${selectors.join(',')}{${body}}`;
    }
    index = close + 1;
  }
  return out;
}

/** Split a selector list at its top-level commas, not those inside :is(…) or :not(…). */
function splitSelectors(prelude) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < prelude.length; index++) {
    const char = prelude[index];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(prelude.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(prelude.slice(start));
  return parts;
}

function matching(css, open) {
  let depth = 0;
  let quote = '';
  for (let index = open; index < css.length; index++) {
    const char = css[index];
    if (quote) {
      if (char === quote && css[index - 1] !== '\\') quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return index;
  }
  throw new Error('Unbalanced CSS');
}
