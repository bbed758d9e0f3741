/**
 * The gazetteer as the rest of the program sees it: read from `gazetteer/` once per process,
 * validated, checked for consistency and indexed, then cached.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { KgError } from '../errors/kg-error';
import { buildGazetteer, type Gazetteer } from './build-gazetteer';
import { checkGazetteer } from './check-gazetteer';
import { nodeGazetteerFs, readGazetteerFiles, type GazetteerFs } from './read-gazetteer-files';

/** The project's `gazetteer/` folder, found upwards from this file (works from src/ and from a build). */
export function defaultGazetteerDir(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, 'gazetteer');
    if (existsSync(path.join(candidate, 'lexicon'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(from, '../../gazetteer');
    dir = parent;
  }
}

/**
 * Read, validate, check and index a gazetteer folder (no cache).
 * @throws KgError E_GAZETTEER listing every problem.
 */
export function loadGazetteerFrom(dir: string, fs: GazetteerFs = nodeGazetteerFs): Gazetteer {
  const data = readGazetteerFiles(dir, fs);
  const problems = checkGazetteer(data);
  if (problems.length > 0) throw new KgError('E_GAZETTEER', 'gazetteer', `inconsistent data in "${dir}": ${problems.join(' | ')}`);
  return buildGazetteer(data);
}

let cached: Gazetteer | undefined;

/**
 * The project gazetteer, loaded on first use and shared afterwards.
 * @example loadGazetteer().lookupName("Tokayev")?.label === "Kassym-Jomart Tokayev"
 */
export function loadGazetteer(): Gazetteer {
  cached ??= loadGazetteerFrom(defaultGazetteerDir());
  return cached;
}
