export {main} from './main.js';
export {toJsonReport} from './format-json.js';
export {formatTextReport, type FileOutcome} from './format-text.js';
