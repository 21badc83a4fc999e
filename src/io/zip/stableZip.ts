import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Office files are ZIP archives whose writers stamp the current time into every entry and into
 * docProps/core.xml. Rewriting the archive with one given time makes the bytes a function of
 * the report and that time only, so the app and `nianbao export` write identical files.
 */
export function restampZip(bytes: Uint8Array, when: Date): Uint8Array {
  const entries = unzipSync(bytes);
  const iso = `${when.toISOString().slice(0, 19)}Z`;
  const files: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    files[name] = [name === 'docProps/core.xml' ? restampCore(data, iso) : data, { mtime: when }];
  }
  return zipSync(files, { level: 6 });
}

function restampCore(data: Uint8Array, iso: string): Uint8Array {
  const xml = new TextDecoder().decode(data);
  const stamped = xml.replace(
    /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
    `$1${iso}$2`,
  );
  return new TextEncoder().encode(stamped);
}
