/**
 * URLs of the generated assets (`assets/generated/`, written by `npm run gen`). They are imported
 * through Vite, so in a build each file is named after its content hash: a browser or proxy cache
 * never serves last release's file to this release's code.
 */
const urls = import.meta.glob(
  [
    '../../assets/generated/*.bin',
    '../../assets/generated/dataset.json',
    '../../assets/generated/outline-*.json',
  ],
  { query: '?url', import: 'default', eager: true },
) as Record<string, string>;

/** URL of a generated file by name (`body-female.bin`); throws a clear error when it is missing. */
export function generatedUrl(file: string): string {
  const url = urls[`../../assets/generated/${file}`];
  if (url === undefined)
    throw new Error(`${file} is not part of this build (run npm run gen, then build again)`);
  return url;
}
