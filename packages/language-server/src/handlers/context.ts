import type {MessageType, Connection, TextDocuments} from 'vscode-languageserver';
import type {TextDocument} from 'vscode-languageserver-textdocument';
import type {ClientSupport} from '../client.js';
import type {DataPaths} from '../paths.js';
import type {ProblemReporter} from '../problems.js';
import type {RuleManager} from '../rules.js';
import type {CheckScheduler} from '../scheduler.js';
import type {ConfigResolver} from '../settings.js';

/** What the handler modules share: made once in startServer, the fields that change are set by the handlers. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  paths: DataPaths;
  resolver: ConfigResolver;
  rules: RuleManager;
  problems: ProblemReporter;
  scheduler: CheckScheduler;
  /** Set on initialize. */
  support: ClientSupport;
  workspaceFolders: string[];
  /** Settings sent in initializationOptions or didChangeConfiguration, for clients without workspace/configuration. */
  pushedSettings: unknown;
  shuttingDown: boolean;
  /** Open documents that were also checked from disk by a folder check: on close their disk result comes back. */
  folderChecked: Set<string>;
  log(message: string): void;
  showMessage(type: MessageType, message: string): void;
  recheckAll(): void;
}
