/**
 * The format of `queries/<name>.cypher`: a first comment line that describes the query, then one
 * `// @param <name> <type>[ = <default>]  <help>` line per parameter, then the Cypher. The header
 * is what `kg query --list` shows and what `--param` values are checked against.
 */
import { z } from 'zod';
import { KgError } from '../errors/kg-error';

export const ParamType = z.enum(['string', 'integer', 'float', 'boolean']);
export type ParamType = z.infer<typeof ParamType>;

export const QueryParam = z.object({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
  type: ParamType,
  /** The raw default as written in the header, or undefined when the parameter is required. */
  default: z.string().optional(),
  help: z.string(),
});
export type QueryParam = z.infer<typeof QueryParam>;

export const NamedQuery = z.object({
  name: z.string(),
  description: z.string().min(1),
  params: z.array(QueryParam),
  cypher: z.string().min(1),
});
export type NamedQuery = z.infer<typeof NamedQuery>;

const PARAM_LINE = /^\/\/\s*@param\s+(\S+)\s+(\S+)(?:\s*=\s*(\S+))?(?:\s+(.*))?$/;

/**
 * Parse one query file. Throws E_QUERY naming the file and the line when the header is malformed.
 * @example parseQueryFile('top-entities', '// Entities ranked...\n// @param limit integer = 20  how many\nMATCH ...')
 */
export function parseQueryFile(name: string, text: string, file = `queries/${name}.cypher`): NamedQuery {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const fail = (line: number, problem: string): never => {
    throw new KgError('E_QUERY', 'query', `${file}:${line}: ${problem}`);
  };
  const first = lines[0] ?? '';
  if (!first.startsWith('//') || /^\/\/\s*@param/.test(first)) fail(1, 'expected a first line "// <what the query answers>"');
  const description = first.replace(/^\/\/\s*/, '').trim();
  if (!description) fail(1, 'the description line is empty');

  const params: QueryParam[] = [];
  let index = 1;
  for (; index < lines.length; index += 1) {
    const line = lines[index]!.trim();
    if (!line.startsWith('//')) break;
    if (!/^\/\/\s*@param\b/.test(line)) continue;
    const match = PARAM_LINE.exec(line);
    if (!match) fail(index + 1, 'expected "// @param <name> <type>[ = <default>]  <help>"');
    const [, paramName, type, defaultValue, help] = match!;
    const parsed = QueryParam.safeParse({ name: paramName, type, default: defaultValue, help: (help ?? '').trim() });
    if (!parsed.success) fail(index + 1, `bad parameter "${paramName}": type must be one of ${ParamType.options.join(', ')} and the name an identifier`);
    if (params.some((p) => p.name === paramName)) fail(index + 1, `parameter "${paramName}" is declared twice`);
    params.push(parsed.data!);
  }
  const cypher = lines.slice(index).join('\n').trim();
  if (!cypher) fail(index + 1, 'no Cypher after the header');

  // Every $name the Cypher uses must be declared, so a typo fails here and not on the server.
  const used = new Set([...cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
  for (const paramName of used) if (!params.some((p) => p.name === paramName)) fail(index + 1, `the Cypher uses $${paramName} but the header does not declare it`);
  for (const p of params) if (!used.has(p.name)) fail(index + 1, `parameter "${p.name}" is declared but the Cypher never uses $${p.name}`);
  return { name, description, params, cypher };
}
