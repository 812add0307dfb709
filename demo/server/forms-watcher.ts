/**
 * Watches the forms folder and calls back once things settle: `fs.watch` (recursive) with a debounce
 * for speed, and a periodic rescan of the folder's signature as the fallback for file systems where
 * watching misses events (network mounts, containers' bind mounts, editors that swap files). Node only.
 */
import { watch, type FSWatcher } from 'node:fs';
import { directorySignature } from './schema-forms.js';

/** Options of `watchForms`. */
export interface WatchFormsOptions {
  /** The absolute path of the forms folder. */
  readonly dir: string;
  /** Called after changes settle; never twice at once (the caller's `scan` serialises itself). */
  readonly onChange: () => Promise<void>;
  /** Quiet time after the last event before `onChange`, in milliseconds. */
  readonly debounceMs?: number;
  /** How often the folder's signature (names, sizes, modification times) is compared, in milliseconds; 0 turns it off. */
  readonly rescanMs?: number;
  /** Where a watcher failure is reported; `console.warn` by default. */
  readonly warn?: (message: string) => void;
}

/** A running watch; `close()` stops it. */
export interface FormsWatch {
  close(): void;
}

/** Starts watching `dir`. The first scan is the caller's: this only reports changes. */
export function watchForms(options: WatchFormsOptions): FormsWatch {
  const debounceMs = options.debounceMs ?? 150;
  const rescanMs = options.rescanMs ?? 5000;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let signature: Promise<string> = directorySignature(options.dir);

  const run = (): void => {
    timer = undefined;
    if (closed) return;
    signature = directorySignature(options.dir);
    options.onChange().catch((error: unknown) => warn(`[forms] scan failed: ${String(error)}`));
  };
  const soon = (): void => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(options.dir, { recursive: true, persistent: false }, soon);
    watcher.on('error', (error) => {
      warn(`[forms] watching ${options.dir} stopped (${error.message}); changes are found by the periodic rescan`);
      watcher?.close();
    });
  } catch (error) {
    warn(`[forms] cannot watch ${options.dir} (${String(error)}); changes are found by the periodic rescan`);
  }

  const interval =
    rescanMs > 0
      ? setInterval(() => {
          void Promise.all([signature, directorySignature(options.dir)]).then(([before, now]) => {
            if (before !== now) soon();
          });
        }, rescanMs)
      : undefined;
  interval?.unref();

  return {
    close() {
      closed = true;
      watcher?.close();
      if (timer) clearTimeout(timer);
      if (interval) clearInterval(interval);
    },
  };
}
