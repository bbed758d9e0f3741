export { writeExtractions, writeDocumentFacts, DEFAULT_WRITE_OPTIONS, IMPORT_TRANSACTION_ROWS, type WriteOptions } from './write-extractions';
export { formatSummary, type WriteSummary, type WriteCounters } from './write-summary';
export { ensureSchema } from './ensure-schema';
export { documentRows } from './document-rows';
