/** Hands a file to the person: the browser's download, or Electron's save dialog. */
export function downloadFile(fileName: string, content: BlobPart, mime: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([content], { type: mime }));
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}
