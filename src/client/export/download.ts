/**
 * Hands a file to the browser's downloads, from memory: nothing is sent anywhere. The object URL is
 * revoked after the click has been handled.
 */
export function saveFile(name: string, type: string, data: BlobPart): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "ensemble-aurore_resultat_2026-11-21.csv": the organization's name, made safe for a file name. */
export function fileName(organization: string, what: string, isoDate: string, extension: string): string {
  const slug =
    organization
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/œ/gi, 'oe')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'diapason';
  return `${slug}_${what}_${isoDate.slice(0, 10)}.${extension}`;
}
