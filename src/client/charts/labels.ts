/**
 * A chart label on several lines, cut between words (chart.js draws an array as one line each): on a
 * phone, the bars chart gives its labels a third of the width, and "Métadonnées et découvrabilité" was
 * cut off at the canvas' edge.
 */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
