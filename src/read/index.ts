export { readSource } from './read-source';
export { decodeSource, sourceIdFor } from './decode-source';
export { detectFormat, isSupportedPath } from './detect-format';
export { listSourceFiles } from './list-source-files';
export { readSourceMetadata, parseSourceMetadata, findSourceMeta } from './read-source-metadata';
export { loadPublisherRules, parsePublisherRules, DEFAULT_PUBLISHERS_DIR } from './load-publisher-rules';
export { DEFAULT_MAX_BYTES, DEFAULT_READ_OPTIONS, resolveReadOptions } from './read-options';
export type { ReadOptions } from './read-options';
export type { PublisherRules } from './publisher-rules';
