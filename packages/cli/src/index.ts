export {main} from './main.js';
export {toJsonReport, formatTextReport, type FileOutcome} from '@helder/reports';
