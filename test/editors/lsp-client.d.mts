// Types of lsp-client.mjs for the TypeScript tests.
import type {ChildProcessWithoutNullStreams} from 'node:child_process';
import type {ClientCapabilities, Diagnostic, ProtocolConnection, PublishDiagnosticsParams, ShowMessageParams} from 'vscode-languageserver-protocol/node';

export declare const repoRoot: string;
export declare const serverBin: string;
export declare const fixtures: string;
export declare const fixtureRules: string;
export declare const defaultCapabilities: ClientCapabilities;

export interface TestClientOptions {
  rulesDir?: string;
  workspaceFolder?: string;
  settings?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
  /** Extra arguments for node before the script, e.g. --expose-gc. */
  nodeArgs?: string[];
  /** Another server script, e.g. the bundled server of the VS Code extension. */
  serverPath?: string;
  /**
   * The processId sent in initialize (default: this process). The server exits when it cannot signal that process,
   * so a server running as another user needs null.
   */
  processId?: number | null;
}

export interface DiagnosticsEvent extends PublishDiagnosticsParams {
  receivedAt: number;
}

export declare class TestClient {
  constructor(options?: TestClientOptions);
  readonly options: TestClientOptions;
  readonly connection: ProtocolConnection;
  readonly process: ChildProcessWithoutNullStreams;
  readonly diagnostics: Map<string, DiagnosticsEvent>;
  readonly messages: ShowMessageParams[];
  readonly logs: string[];
  readonly summaries: unknown[];
  stderr: string;
  settings: Record<string, unknown>;
  exited: Promise<number | null>;
  /** Wait until `condition` holds, re-tested after every message from the server. */
  until<T>(condition: () => T | undefined | false, what: string, timeoutMs?: number): Promise<T>;
  diagnosticsFor(uri: string, version?: number): Promise<Diagnostic[]>;
  initialize(): Promise<void>;
  open(uri: string, text: string, languageId?: string, version?: number): Promise<void>;
  close(): Promise<number | null>;
}

/** Offset -> LSP position for a text, for building didChange ranges. */
export declare function positionAt(text: string, offset: number): {line: number; character: number};
