/**
 * The built viewer (viz/dist). `kg serve` and `kg viz export` call `ensureViewerBuilt`, which
 * runs Vite only when the build is missing or older than a viewer source file, so a changed
 * viewer is never served stale and an unchanged one costs nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { KgError } from '../errors/kg-error';

export const PROJECT_ROOT = path.resolve(__dirname, '../..');

export interface ViewerBuildPaths {
  readonly vizDir: string;
  readonly distDir: string;
  readonly indexHtml: string;
  readonly script: string;
  readonly stylesheet: string;
}

export function viewerBuildPaths(root = PROJECT_ROOT): ViewerBuildPaths {
  const vizDir = path.join(root, 'viz');
  const distDir = path.join(vizDir, 'dist');
  return {
    vizDir,
    distDir,
    indexHtml: path.join(distDir, 'index.html'),
    script: path.join(distDir, 'assets', 'viewer.js'),
    stylesheet: path.join(distDir, 'assets', 'viewer.css'),
  };
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestMtime(full));
    else newest = Math.max(newest, (await fs.stat(full)).mtimeMs);
  }
  return newest;
}

/** True when a build output is missing or older than any viewer source (viz/, minus dist, and schema/). */
export async function isViewerBuildStale(root = PROJECT_ROOT): Promise<boolean> {
  const paths = viewerBuildPaths(root);
  const outputs = [paths.indexHtml, paths.script, paths.stylesheet];
  if (!outputs.every((file) => existsSync(file))) return true;
  const built = Math.min(...(await Promise.all(outputs.map(async (file) => (await fs.stat(file)).mtimeMs))));
  const sources = Math.max(
    await newestMtime(path.join(paths.vizDir, 'src')),
    await newestMtime(path.join(root, 'schema')),
    ...(await Promise.all(['index.html', 'vite.config.ts'].map(async (name) => (await fs.stat(path.join(paths.vizDir, name))).mtimeMs))),
  );
  return sources > built;
}

function viteCli(root: string): string {
  try {
    return path.join(path.dirname(require.resolve('vite/package.json', { paths: [root] })), 'bin', 'vite.js');
  } catch {
    return path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  }
}

/**
 * Run `vite build` for the viewer in a child process (Vite is ESM-only; the CLI is CommonJS).
 * The build goes to a scratch folder that then replaces viz/dist in two renames, so a server or
 * test reading viz/dist never sees a half-written build, and two builds at once do no harm.
 */
export async function buildViewer(root = PROJECT_ROOT): Promise<void> {
  const paths = viewerBuildPaths(root);
  const cli = viteCli(root);
  if (!existsSync(cli)) throw new KgError('E_SERVE', 'serve', `cannot build the viewer: Vite is not installed at "${cli}" (run "npm install")`);
  // `*.tmp` names are git-ignored.
  const scratch = path.join(paths.vizDir, `dist-${process.pid}-${Date.now()}.tmp`);
  const retired = `${scratch}.old.tmp`;
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'build', '--config', path.join(paths.vizDir, 'vite.config.ts'), '--outDir', scratch, '--emptyOutDir'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', (exit) => resolve(exit ?? 1));
  });
  if (code !== 0) {
    await fs.rm(scratch, { recursive: true, force: true });
    const last = output.join('').trim().split('\n').slice(-3).join(' | ');
    throw new KgError('E_SERVE', 'serve', `building the viewer in "${paths.vizDir}" failed (vite exit ${code}): ${last}`);
  }
  await fs.rename(paths.distDir, retired).catch(() => undefined);
  try {
    await fs.rename(scratch, paths.distDir);
  } catch {
    // Another build put its (identical) output in place between the two renames: keep that one.
    await fs.rm(scratch, { recursive: true, force: true });
  }
  await fs.rm(retired, { recursive: true, force: true });
}

/** Build the viewer if it is missing or stale; returns the paths of the build. */
export async function ensureViewerBuilt(root = PROJECT_ROOT, log: (line: string) => void = () => undefined): Promise<ViewerBuildPaths> {
  if (await isViewerBuildStale(root)) {
    log('Building the viewer (viz/) with Vite…');
    await buildViewer(root);
  }
  return viewerBuildPaths(root);
}
