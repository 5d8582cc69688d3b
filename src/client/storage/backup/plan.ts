/**
 * What importing a backup will do, worked out before anything is written, so the person sees it and
 * chooses: ADD the file's organizations to the ones on this laptop, or REPLACE everything here with
 * the file. Pure: the same plan is shown in the preview and recomputed inside the import transaction.
 *
 * Adding never loses what is here: an organization already on this laptop (same id, e.g. a backup of
 * this very laptop) keeps, assessment by assessment, whichever copy was changed last.
 */
import type { BackupData } from './format.ts';

type Row = Record<string, unknown>;

export interface Contents {
  assessments: number;
  completed: number;
  answers: number;
}

export interface OrganizationPlan extends Contents {
  id: string;
  name: string;
  /** Already on this laptop (same id). */
  exists: boolean;
  /** Assessments of the file that are not here yet. */
  added: number;
  /** Assessments here that the file has in a more recent state. */
  updated: number;
  /** Assessments here that are as recent as, or more recent than, the file's copy: kept as they are. */
  kept: number;
}

export interface ImportPlan {
  /** What the file holds, organization by organization. */
  file: OrganizationPlan[];
  /** What this laptop holds now: what REPLACE deletes. */
  here: (Contents & { id: string; name: string })[];
}

/** What ADD writes, assessment by assessment. */
export interface MergeDecision {
  organizationsToPut: Row[];
  assessmentsToPut: Row[];
  /** Assessments here replaced by the file's copy: their answers and actions are replaced too. */
  assessmentsReplaced: string[];
}

const str = (v: unknown) => String(v ?? '');

function contentsOf(data: Pick<BackupData, 'assessments' | 'answers'>, organizationId: string): Contents {
  const assessments = data.assessments.filter((a) => a.organizationId === organizationId);
  const ids = new Set(assessments.map((a) => str(a.id)));
  return {
    assessments: assessments.length,
    completed: assessments.filter((a) => a.status === 'completed').length,
    answers: data.answers.filter((a) => ids.has(str(a.assessmentId))).length,
  };
}

const newer = (a: Row, b: Row) => str(a.updatedAt) > str(b.updatedAt);

/** Organizations by name, as a person looks for them in a list. */
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');

export function planImport(file: BackupData, here: BackupData): ImportPlan {
  const hereOrganizations = new Set(here.organizations.map((o) => str(o.id)));
  const hereAssessments = new Map(here.assessments.map((a) => [str(a.id), a]));
  return {
    file: file.organizations
      .map((o) => {
        const id = str(o.id);
        let added = 0;
        let updated = 0;
        let kept = 0;
        for (const a of file.assessments.filter((x) => x.organizationId === id)) {
          const local = hereAssessments.get(str(a.id));
          if (!local) added++;
          else if (newer(a, local)) updated++;
          else kept++;
        }
        return { id, name: str(o.name), exists: hereOrganizations.has(id), ...contentsOf(file, id), added, updated, kept };
      })
      .sort(byName),
    here: here.organizations.map((o) => ({ id: str(o.id), name: str(o.name), ...contentsOf(here, str(o.id)) })).sort(byName),
  };
}

/** ADD: the file's rows that win over this laptop's, by last change. */
export function decideMerge(file: BackupData, here: BackupData): MergeDecision {
  const hereOrganizations = new Map(here.organizations.map((o) => [str(o.id), o]));
  const hereAssessments = new Map(here.assessments.map((a) => [str(a.id), a]));
  const organizationsToPut = file.organizations.filter((o) => {
    const local = hereOrganizations.get(str(o.id));
    return !local || newer(o, local);
  });
  const assessmentsToPut: Row[] = [];
  const assessmentsReplaced: string[] = [];
  for (const a of file.assessments) {
    const local = hereAssessments.get(str(a.id));
    if (!local) assessmentsToPut.push(a);
    else if (newer(a, local)) {
      assessmentsToPut.push(a);
      assessmentsReplaced.push(str(a.id));
    }
  }
  return { organizationsToPut, assessmentsToPut, assessmentsReplaced };
}
