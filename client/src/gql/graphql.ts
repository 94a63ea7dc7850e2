/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type DatePrecision =
  | 'DAY'
  | 'HALF_YEAR'
  | 'MONTH'
  | 'QUARTER'
  | 'RANGE'
  | 'YEAR';

export type GraphFilter = {
  crossDepartmentOnly?: boolean | null | undefined;
  departments?: Array<string> | null | undefined;
  kinds?: Array<NodeKind> | null | undefined;
  limit?: number | null | undefined;
  planId?: string | null | undefined;
  relationTypes?: Array<RelationType> | null | undefined;
};

/** Kinds of node in the plan graph. */
export type NodeKind =
  | 'DEPARTMENT'
  | 'GOAL'
  | 'INITIATIVE'
  | 'MILESTONE'
  | 'ORGANISATION'
  | 'PLAN'
  | 'STATUS_ITEM'
  | 'SYSTEM'
  | 'THEME';

/** Relationship types. Dependency-like ones carry evidence. */
export type RelationType =
  | 'ADVANCES'
  | 'DEPENDS_ON'
  | 'HAS_DEPARTMENT'
  | 'HAS_INITIATIVE'
  | 'HAS_MILESTONE'
  | 'HAS_STATUS'
  | 'HAS_THEME'
  | 'INVOLVES'
  | 'OWNS'
  | 'PART_OF'
  | 'REPLACES'
  | 'USES';

export type StatusOutcome =
  | 'DONE'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'NOT_DONE'
  | 'PARTLY_DONE'
  | 'POSTPONED'
  | 'UNKNOWN';

export type DetailsEdgeFragment = { __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
    | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
  , to:
    | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
    | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
   };

export type NodeDetailsQueryVariables = Exact<{
  id: string;
}>;


export type NodeDetailsQuery = { __typename: 'Query', node:
    | { __typename: 'Department', vision: string, mainTasks: Array<string>, resources: string, staff: number | null, salaryBudget: string | null, id: string, name: string, kind: NodeKind, source: string, goals: Array<{ __typename: 'Goal', id: string, name: string, kind: NodeKind }>, department: { __typename: 'Department', id: string, name: string } | null, dependsOn: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }>, dependents: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }> }
    | { __typename: 'Goal', letter: string, title: string, mainGoal: string, strategy: string, id: string, name: string, kind: NodeKind, source: string, initiatives: Array<{ __typename: 'Initiative', id: string, name: string, kind: NodeKind }>, systems: Array<{ __typename: 'System', id: string, name: string, kind: NodeKind }>, milestones: Array<{ __typename: 'Milestone', id: string, name: string, kind: NodeKind, dateText: string }>, department: { __typename: 'Department', id: string, name: string } | null, dependsOn: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }>, dependents: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }> }
    | { __typename: 'Initiative', ordinal: number, text: string, id: string, name: string, kind: NodeKind, source: string, goal: { __typename: 'Goal', id: string, name: string, kind: NodeKind }, systems: Array<{ __typename: 'System', id: string, name: string, kind: NodeKind }>, department: { __typename: 'Department', id: string, name: string } | null, dependsOn: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }>, dependents: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }> }
    | { __typename: 'Milestone', date: string, endDate: string | null, dateText: string, precision: DatePrecision, id: string, name: string, kind: NodeKind, source: string, department: { __typename: 'Department', id: string, name: string } | null, dependsOn: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }>, dependents: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }> }
    | { __typename: 'Organisation', aliases: Array<string>, description: string, id: string, name: string, kind: NodeKind, source: string, department: { __typename: 'Department', id: string, name: string } | null, dependsOn: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }>, dependents: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }> }
    | { __typename: 'Plan', municipality: string, administration: string, year: number, intro: string, id: string, name: string, kind: NodeKind, source: string, department: { __typename: 'Department', id: string, name: string } | null, dependsOn: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }>, dependents: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }> }
    | { __typename: 'StatusItem', year: number, text: string, outcome: StatusOutcome, outcomeText: string, id: string, name: string, kind: NodeKind, source: string, department: { __typename: 'Department', id: string, name: string } | null, dependsOn: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }>, dependents: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }> }
    | { __typename: 'System', category: string, aliases: Array<string>, description: string, id: string, name: string, kind: NodeKind, source: string, parent: { __typename: 'System', id: string, name: string, kind: NodeKind } | null, modules: Array<{ __typename: 'System', id: string, name: string, kind: NodeKind }>, department: { __typename: 'Department', id: string, name: string } | null, dependsOn: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }>, dependents: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }> }
    | { __typename: 'Theme', year: number, text: string, id: string, name: string, kind: NodeKind, source: string, department: { __typename: 'Department', id: string, name: string } | null, dependsOn: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }>, dependents: Array<{ __typename: 'Dependency', id: string, type: RelationType, evidence: string, section: string, inferred: boolean, reason: string | null, origin: string, crossDepartment: boolean, from:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
        , to:
          | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
          | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
         }> }
   | null };

export type FilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterOptionsQuery = { __typename: 'Query', departments: Array<{ __typename: 'Department', id: string, name: string }> };

export type GraphViewQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
}>;


export type GraphViewQuery = { __typename: 'Query', graph: { __typename: 'GraphView', truncated: boolean, totalNodes: number, totalEdges: number, nodes: Array<{ __typename: 'GraphNode', id: string, name: string, kind: NodeKind, departmentId: string | null, label: string }>, edges: Array<{ __typename: 'GraphEdge', id: string, source: string, target: string, type: RelationType, evidence: string, section: string, inferred: boolean, crossDepartment: boolean }> }, departments: Array<{ __typename: 'Department', id: string, name: string }> };

export type SearchQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { __typename: 'Query', search: Array<{ __typename: 'SearchHit', score: number, snippet: string, field: string, node:
      | { __typename: 'Department', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Goal', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Initiative', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Milestone', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Organisation', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Plan', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'StatusItem', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'System', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
      | { __typename: 'Theme', id: string, name: string, kind: NodeKind, department: { __typename: 'Department', id: string, name: string } | null }
     }> };

export const DetailsEdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DetailsEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dependency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DetailsEdgeFragment, unknown>;
export const NodeDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DetailsEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DetailsEdge"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"administration"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vision"}},{"kind":"Field","name":{"kind":"Name","value":"mainTasks"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"salaryBudget"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mainGoal"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"System"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateText"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Theme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeText"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DetailsEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dependency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const FilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FilterOptionsQuery, FilterOptionsQueryVariables>;
export const GraphViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"totalNodes"}},{"kind":"Field","name":{"kind":"Name","value":"totalEdges"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GraphViewQuery, GraphViewQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;