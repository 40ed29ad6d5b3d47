// Module augmentation must live in a module (a file with an export) or TypeScript ignores it.
export {};

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}
