/**
 * The java command line of the local server. The module flags are the ones Neo4j 5.26 itself
 * ships: its conf/neo4j.conf ("Open modules for neo4j to allow internal access", "Enable native
 * memory access"), the same list that org.neo4j.commandline.dbms.ConfigFileMigrator in
 * neo4j-dbms-5.26.30.jar adds when it migrates a configuration; without the java.nio one the page
 * cache logs "Reflection access to java.nio.DirectByteBuffer is not available, using fallback
 * mode". The netty flag comes from the same neo4j.conf. Heap and page cache are small and explicit
 * so the server leaves room for the rest of the pipeline on a 2-core machine.
 */
import path from 'node:path';
import type { LocalServerPaths } from './local-server-paths';

export const NEO4J_MODULE_FLAGS: readonly string[] = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

export interface LauncherSettings {
  port: number;
  password: string;
  /** Java heap, as -Xmx takes it ("1g"). */
  heap: string;
  pageCacheMb: number;
}

export const DEFAULT_LAUNCHER_MEMORY = { heap: '1g', pageCacheMb: 256 } as const;

export const LAUNCHER_MAIN_CLASS = 'kg.neo4j.Launcher';

export function launcherArgs(paths: LocalServerPaths, settings: LauncherSettings): string[] {
  return [
    `-Xms${settings.heap}`,
    `-Xmx${settings.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    ...NEO4J_MODULE_FLAGS,
    '-cp',
    `${paths.jar}${path.delimiter}${path.join(paths.libDir, '*')}`,
    LAUNCHER_MAIN_CLASS,
  ];
}

/** Environment the launcher reads (see Launcher.java). */
export function launcherEnv(paths: LocalServerPaths, settings: LauncherSettings): Record<string, string> {
  return {
    KG_NEO4J_HOME: paths.dataDir,
    KG_NEO4J_PORT: String(settings.port),
    KG_NEO4J_PASSWORD: settings.password,
    KG_NEO4J_PAGECACHE_MB: String(settings.pageCacheMb),
  };
}
