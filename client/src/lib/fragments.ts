import { graphql } from "../gql";

/**
 * A node as lists and sentences name it: kind icon, name, a goal's letter, its department.
 * Spread it `@unmask` (`...NodeRef @unmask`): feature logic (grouping by department, sorting,
 * naming) reads these fields directly.
 */
export const nodeRefFragment = graphql(`
  fragment NodeRef on Node {
    id
    name
    kind
    department {
      id
      name
    }
    ... on Goal {
      letter
    }
  }
`);

/** A milestone's name and dates, as the timeline, what-if and plan comparison show them. */
export const milestoneDatesFragment = graphql(`
  fragment MilestoneDates on Milestone {
    id
    name
    date
    endDate
    dateText
  }
`);

/** The department matrix as the explorer's heat map and the meeting report both draw it. */
export const matrixCellsFragment = graphql(`
  fragment MatrixCells on DependencyMatrix {
    departments {
      id
      name
    }
    cells {
      count
      stated
      viaSystem
      inferred
      from {
        id
      }
      to {
        id
      }
    }
  }
`);
