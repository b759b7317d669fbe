// Saves generated text or an image as a file, without any server round trip.
export function downloadBlob(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  // The click has started the download synchronously; the URL can go once the browser has it.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

export function downloadCsv(text: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
}
