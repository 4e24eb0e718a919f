/** Hand a generated file to the browser as a download: a Blob, an object URL and a temporary `<a download>`. */
import type { ExportFile } from '../export/files';

export function downloadFile(
  file: Pick<ExportFile, 'filename' | 'mimeType' | 'content'>,
  doc: Document = document,
): void {
  const blob = new Blob([file.content], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoking at once can cancel the download in some browsers; a minute later it has long started.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
