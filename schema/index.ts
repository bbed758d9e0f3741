export * from './enums';
export * from './records';
export * from './graph-json';
export * from './keys';
export * from './neo4j';
export * from './cameo';
export * from './lexicon';
export * from './decisions';
