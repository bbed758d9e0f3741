export { loadGazetteer, loadGazetteerFrom, defaultGazetteerDir } from './load-gazetteer';
export { buildGazetteer, type Gazetteer, type GazetteerMatch, type MatchVia, type PhrasePrefixMatch } from './build-gazetteer';
export { checkGazetteer } from './check-gazetteer';
export { entityIdOf } from './entity-id-of';
export { readGazetteerFiles, type GazetteerData, type GazetteerFs } from './read-gazetteer-files';
export { nameKey, piecesOf, tokenPieces } from './normalise-surface';
export { PhraseTrie, type CaseRule, type PhraseMatch } from './phrase-trie';
