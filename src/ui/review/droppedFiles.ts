import { readerFor } from '../../io/review/readers';
import type { SourceFile } from './protocol';

/** Every file under a dropped folder (readEntries returns at most 100 at a time). */
async function walk(entry: FileSystemEntry, out: SourceFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => {
      (entry as FileSystemFileEntry).file(resolve, reject);
    });
    // Inside folders only files the review can read are taken (a folder also holds Word drafts…).
    if (readerFor(file.name) !== null)
      out.push({ name: entry.fullPath.replace(/^\//, ''), blob: file });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => {
      reader.readEntries(resolve, reject);
    });
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, out);
  }
}

/** Files and folders dropped on the page; files dropped directly are all taken (and named if unreadable). */
export async function droppedFiles(data: DataTransfer): Promise<SourceFile[]> {
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry());
  if (entries.some((e) => e?.isDirectory === true)) {
    const out: SourceFile[] = [];
    for (const entry of entries) {
      if (entry === null) continue;
      if (entry.isDirectory) await walk(entry, out);
      else {
        const file = await new Promise<File>((resolve, reject) => {
          (entry as FileSystemFileEntry).file(resolve, reject);
        });
        out.push({ name: file.name, blob: file });
      }
    }
    return out;
  }
  return [...data.files].map((file) => ({ name: file.name, blob: file }));
}

/** Files chosen with the file or folder picker (`webkitRelativePath` keeps the folder path). */
export function pickedFiles(list: FileList, fromFolder: boolean): SourceFile[] {
  return [...list]
    .filter((file) => !fromFolder || readerFor(file.name) !== null)
    .map((file) => ({
      name: file.webkitRelativePath === '' ? file.name : file.webkitRelativePath,
      blob: file,
    }));
}
