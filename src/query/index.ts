export { loadQuery, loadQueries, queryNames, QUERIES_DIR } from './load-queries';
export { parseQueryFile, type NamedQuery, type QueryParam } from './query-file';
export { bindParams, parseParamArg } from './bind-params';
export { runQuery, type QueryResult } from './run-query';
export { formatTable } from './format-table';
