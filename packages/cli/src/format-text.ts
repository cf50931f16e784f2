// The text and json writers live in @helder/reports (src/text.ts, src/json.ts). This file only keeps the type for
// pool.ts and worker.ts, which another branch is changing: point them at '@helder/reports' and delete this file.
export type {FileOutcome, FileResult} from '@helder/reports';
