// Evaluation of a graph against hand-made gold annotations (see shared/eval/README.md).
export { foldName } from './fold.js';
export { corpusGold, loadGold, GoldFile, type CorpusGold } from './gold.js';
export { scoreGraph, EMPTY_ORG_RULE, type EvalReport, type TypeScore } from './score.js';
export { renderReport } from './report.js';
