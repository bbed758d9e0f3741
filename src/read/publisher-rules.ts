/**
 * Publisher boilerplate rules, kept as data in `import/publishers/*.json` (one file per
 * publisher, plus `generic.json` for furniture every publisher uses). The zod schema is the
 * type; patterns are regular-expression sources, checked to compile when the file is loaded.
 */
import { z } from 'zod';

const RegexSource = z
  .string()
  .min(1)
  .refine(
    (source) => {
      try {
        new RegExp(source, 'iu');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression' },
  );

export const LineRule = z.object({
  /** Tested case-insensitively against one line (text) or block (HTML), whitespace collapsed and trimmed. */
  pattern: RegexSource,
  /** Why the line is furniture, for whoever edits the rules next. */
  why: z.string().optional(),
});
export type LineRule = z.infer<typeof LineRule>;

export const PublisherRulesFile = z.object({
  /** Full publisher name as it should appear on the Source node; null for the generic rules. */
  publisher: z.string().min(1).nullable(),
  /** The name the publisher goes by in running text ("CABAR.asia"); used as interviewer name. */
  shortName: z.string().min(1).optional(),
  url: z.string().url().optional(),
  match: z
    .object({
      names: z.array(z.string().min(1)).default([]),
      hosts: z.array(z.string().min(1)).default([]),
      /** A copyright or masthead line that identifies the publisher. */
      copyright: RegexSource.optional(),
    })
    .default({ names: [], hosts: [] }),
  dropLines: z.array(LineRule).default([]),
  /** CSS selectors of page furniture to drop from HTML before the body is found. */
  dropSelectors: z.array(z.string().min(1)).default([]),
  /** Names the publisher puts before its questions in interviews ("CABAR.asia:"). */
  interviewerPrefixes: z.array(z.string().min(1)).default([]),
});
export type PublisherRulesFile = z.infer<typeof PublisherRulesFile>;

/** A rules file with its patterns compiled once. */
export interface PublisherRules extends PublisherRulesFile {
  /** Where the rules came from, for messages. */
  file: string;
  dropPatterns: readonly RegExp[];
  copyrightPattern: RegExp | null;
}

export function compilePublisherRules(file: string, data: PublisherRulesFile): PublisherRules {
  return {
    ...data,
    file,
    dropPatterns: data.dropLines.map((rule) => new RegExp(rule.pattern, 'iu')),
    copyrightPattern: data.match.copyright ? new RegExp(data.match.copyright, 'iu') : null,
  };
}
