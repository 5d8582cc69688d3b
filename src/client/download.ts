/** Hands a text file to the browser's downloads, from memory: nothing is sent anywhere. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the object URL only needs to outlive the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
