import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launcherIsStale } from '../../src/db/build-launcher';
import { localServerPaths } from '../../src/db/local-server-paths';
import { launcherArgs, NEO4J_MODULE_FLAGS } from '../../src/db/launcher-command';

function fakeProject(): ReturnType<typeof localServerPaths> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-launcher-'));
  const paths = localServerPaths(root, {});
  fs.mkdirSync(path.join(paths.launcherDir, 'src', 'main', 'java'), { recursive: true });
  fs.writeFileSync(path.join(paths.launcherDir, 'pom.xml'), '<project/>');
  fs.writeFileSync(path.join(paths.launcherDir, 'src', 'main', 'java', 'Launcher.java'), 'class Launcher {}');
  return paths;
}

const age = (file: string, secondsAgo: number) => {
  const when = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(file, when, when);
};

describe('launcherIsStale', () => {
  it('should want a build when the jar is missing', () => {
    expect(launcherIsStale(fakeProject())).toBe(true);
  });

  it('should not want a build when the jar is newer than the pom and the sources', () => {
    const paths = fakeProject();
    fs.mkdirSync(paths.libDir, { recursive: true });
    fs.writeFileSync(path.join(paths.libDir, 'neo4j.jar'), '');
    fs.writeFileSync(paths.jar, '');
    age(path.join(paths.launcherDir, 'pom.xml'), 60);
    age(path.join(paths.launcherDir, 'src', 'main', 'java', 'Launcher.java'), 60);
    for (const dir of ['src', 'src/main', 'src/main/java']) age(path.join(paths.launcherDir, dir), 60);
    expect(launcherIsStale(paths)).toBe(false);
  });

  it('should want a build when a source changed after the jar was built', () => {
    const paths = fakeProject();
    fs.mkdirSync(paths.libDir, { recursive: true });
    fs.writeFileSync(path.join(paths.libDir, 'neo4j.jar'), '');
    fs.writeFileSync(paths.jar, '');
    age(paths.jar, 60);
    expect(launcherIsStale(paths)).toBe(true);
  });

  it('should want a build when the dependency folder is empty', () => {
    const paths = fakeProject();
    fs.mkdirSync(paths.libDir, { recursive: true });
    fs.writeFileSync(paths.jar, '');
    expect(launcherIsStale(paths)).toBe(true);
  });
});

describe('launcherArgs', () => {
  it('should pass the module flags of Neo4j 5.26 packaging, an explicit heap, and the thin jar plus its lib folder', () => {
    const paths = localServerPaths('/p', {});
    const args = launcherArgs(paths, { port: 7687, password: 'kg-local-password', heap: '1g', pageCacheMb: 256 });
    expect(args).toEqual(expect.arrayContaining([...NEO4J_MODULE_FLAGS, '-Xmx1g', '-Xms1g']));
    expect(args.slice(-3)).toEqual(['-cp', '/p/neo4j/launcher/target/launcher.jar:/p/neo4j/launcher/target/lib/*', 'kg.neo4j.Launcher']);
    expect(args.join(' ')).not.toContain('kg-local-password');
  });
});
