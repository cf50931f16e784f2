export {startServer, serverVersion, type ServerOptions} from './server.js';
export * from './protocol.js';
export {findDataPaths, bundleManifestName, type DataPaths} from './paths.js';
