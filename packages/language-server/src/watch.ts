import {watch, type FSWatcher} from 'node:fs';
import {basename} from 'node:path';

/**
 * Watches folders (not files: many editors save by writing a new file and renaming it) and calls back, a little
 * later, when a file with a matching name changed. Works with every client, also those without file events.
 */
export class FolderWatchers {
  private watchers = new Map<string, FSWatcher>();
  private timer: NodeJS.Timeout | undefined;
  private changed = new Set<string>();

  constructor(
    private readonly matches: (fileName: string) => boolean,
    private readonly onChange: (paths: string[]) => void,
    private readonly delayMs = 150,
  ) {}

  watch(dir: string): void {
    if (this.watchers.has(dir)) return;
    try {
      const watcher = watch(dir, {persistent: false}, (_event, fileName) => {
        const name = fileName ? basename(fileName.toString()) : '';
        if (name && !this.matches(name)) return;
        this.changed.add(`${dir}/${name}`);
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => {
          const paths = [...this.changed];
          this.changed.clear();
          this.onChange(paths);
        }, this.delayMs);
      });
      watcher.on('error', () => this.unwatch(dir));
      this.watchers.set(dir, watcher);
    } catch {
      // The folder does not exist (yet) or cannot be watched: the client's file events and a re-check still work.
    }
  }

  unwatch(dir: string): void {
    this.watchers.get(dir)?.close();
    this.watchers.delete(dir);
  }

  /** Watch exactly these folders. */
  set(dirs: string[]): void {
    const wanted = new Set(dirs);
    for (const dir of [...this.watchers.keys()]) if (!wanted.has(dir)) this.unwatch(dir);
    for (const dir of wanted) this.watch(dir);
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const dir of [...this.watchers.keys()]) this.unwatch(dir);
  }
}
