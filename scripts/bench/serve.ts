import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Served {
  /** Origin and base with a trailing slash: `http://127.0.0.1:4330/`. */
  url: string;
  close(): Promise<void>;
}

type Preview = (config: Record<string, unknown>) => Promise<{ stop(): Promise<void> }>;

/**
 * Serves a built Astro project's output with Astro's own static preview server
 * (the programmatic `preview()`, which writes no lock file), using the `astro`
 * package installed in that project. Bodies go out uncompressed; the benchmark
 * compresses them itself.
 */
export async function serve(projectRoot: string, port: number): Promise<Served> {
  const entry = createRequire(join(projectRoot, 'package.json')).resolve('astro');
  const { preview } = (await import(pathToFileURL(entry).href)) as { preview: Preview };
  const server = await preview({
    root: projectRoot,
    logLevel: 'error',
    server: { host: '127.0.0.1', port },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.stop() };
}
