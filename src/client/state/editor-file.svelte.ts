/**
 * The questionnaire file open on the editors' page, checked: kept in memory only (never in the
 * database), so going to the preview's steps and back, or to another screen and back, keeps it.
 */
import type { CheckedText } from '../../core/questionnaire/check.ts';

class EditorFile {
  current = $state.raw<CheckedText | undefined>();
}

export const editorFile = new EditorFile();
