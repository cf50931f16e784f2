import {ErrorCodes, ResponseError, type ClientCapabilities} from 'vscode-languageserver';
import {nl} from './messages.js';
import type {HelderSettings} from './protocol.js';

/** What the client can do, as far as the server cares. */
export interface ClientSupport {
  configuration: boolean;
  dynamicConfiguration: boolean;
  markdownHover: boolean;
  documentChanges: boolean;
  workDoneProgress: boolean;
}

export const noSupport: ClientSupport = {configuration: false, dynamicConfiguration: false, markdownHover: false, documentChanges: false, workDoneProgress: false};

export function clientSupport(capabilities: ClientCapabilities): ClientSupport {
  return {
    configuration: capabilities.workspace?.configuration === true,
    dynamicConfiguration: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    markdownHover: capabilities.textDocument?.hover?.contentFormat?.includes('markdown') ?? false,
    documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
    workDoneProgress: capabilities.window?.workDoneProgress === true,
  };
}

/** Settings pushed by the client: {helder: {...}} or the section itself. */
export function helderSection(settings: unknown): HelderSettings | undefined {
  if (typeof settings !== 'object' || settings === null) return undefined;
  const section = (settings as Record<string, unknown>).helder;
  if (typeof section === 'object' && section !== null) return section as HelderSettings;
  return settings as HelderSettings;
}

/** The uri of a command's or request's argument object, or an InvalidParams error in Dutch. */
export function uriArgument(value: unknown): string {
  const uri = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).uri : undefined;
  if (typeof uri !== 'string' || uri === '') throw new ResponseError(ErrorCodes.InvalidParams, nl.missingUri);
  return uri;
}

export function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}
