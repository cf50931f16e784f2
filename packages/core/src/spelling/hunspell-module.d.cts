declare const runtime: {factory: (module: Record<string, unknown>) => unknown};
export = runtime;
