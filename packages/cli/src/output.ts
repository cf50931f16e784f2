import {closeSync, openSync, writeSync} from 'node:fs';

/**
 * --output: the report goes to a file. Written synchronously, so the end of the report that a Ctrl-C writes is
 * in the file before the process stops.
 */
export function openOutput(path: string): {write: (text: string | Uint8Array) => void; close: () => void} {
  const fd = openSync(path, 'w');
  let open = true;
  return {
    write: (text) => {
      if (open && text.length > 0) {
        if (typeof text === 'string') writeSync(fd, text);
        else writeSync(fd, text);
      }
    },
    close: () => {
      if (open) closeSync(fd);
      open = false;
    },
  };
}
