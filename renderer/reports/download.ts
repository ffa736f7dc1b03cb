import type { ExportFile } from '../../shared/reports/channels';

/** Saves a file the main process made: a Blob and a download link, the same in Electron and a browser. */
export function downloadFile(file: ExportFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  link.download = file.fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}
