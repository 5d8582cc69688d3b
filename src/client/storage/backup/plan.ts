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

/**
 * Each organization's contents, in one pass over the assessments and one over the answers: a backup
 * of 5,000 organizations is previewed in linear time (filtering per organization was quadratic).
 */
function contentsByOrganization(data: Pick<BackupData, 'assessments' | 'answers'>): Map<string, Contents> {
  const answersPerAssessment = new Map<string, number>();
  for (const a of data.answers) answersPerAssessment.set(str(a.assessmentId), (answersPerAssessment.get(str(a.assessmentId)) ?? 0) + 1);
  const contents = new Map<string, Contents>();
  for (const a of data.assessments) {
    const organizationId = str(a.organizationId);
    const c = contents.get(organizationId) ?? { assessments: 0, completed: 0, answers: 0 };
    c.assessments++;
    if (a.status === 'completed') c.completed++;
    c.answers += answersPerAssessment.get(str(a.id)) ?? 0;
    contents.set(organizationId, c);
  }
  return contents;
}

const none = (): Contents => ({ assessments: 0, completed: 0, answers: 0 });

const newer = (a: Row, b: Row) => str(a.updatedAt) > str(b.updatedAt);

/** Organizations by name, as a person looks for them in a list (one collator: localeCompare makes one per call). */
const collator = new Intl.Collator('fr');
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

export function planImport(file: BackupData, here: BackupData): ImportPlan {
  const hereOrganizations = new Set(here.organizations.map((o) => str(o.id)));
  const hereAssessments = new Map(here.assessments.map((a) => [str(a.id), a]));
  const fileContents = contentsByOrganization(file);
  const hereContents = contentsByOrganization(here);
  const versions = new Map<string, { added: number; updated: number; kept: number }>();
  for (const a of file.assessments) {
    const organizationId = str(a.organizationId);
    const v = versions.get(organizationId) ?? { added: 0, updated: 0, kept: 0 };
    const local = hereAssessments.get(str(a.id));
    if (!local) v.added++;
    else if (newer(a, local)) v.updated++;
    else v.kept++;
    versions.set(organizationId, v);
  }
  return {
    file: file.organizations
      .map((o) => {
        const id = str(o.id);
        return { id, name: str(o.name), exists: hereOrganizations.has(id), ...(fileContents.get(id) ?? none()), ...(versions.get(id) ?? { added: 0, updated: 0, kept: 0 }) };
      })
      .sort(byName),
    here: here.organizations.map((o) => ({ id: str(o.id), name: str(o.name), ...(hereContents.get(str(o.id)) ?? none()) })).sort(byName),
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
