/**
 * One way to word every read failure, so each bad file gets one line that names it and says
 * what is wrong: `read: cannot import "notes.pdf": unsupported file type .pdf; ...`.
 */
import { KgError, type KgErrorCode } from '../errors/kg-error';
import { quoteName } from '../errors/quote-name';

export function readError(code: KgErrorCode, path: string, problem: string, cause?: unknown): KgError {
  return new KgError(code, 'read', `cannot import ${quoteName(path)}: ${problem}`, cause === undefined ? undefined : { cause });
}
