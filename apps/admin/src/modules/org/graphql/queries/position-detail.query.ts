import { graphql } from '../../../../gql';

export const PositionDetailQuery = graphql(`
  query PositionDetail($id: ID!) {
    node(id: $id) {
      ... on Position {
        ...PositionSummary
        version
        purpose {
          zh
          en
        }
        duties {
          function {
            zh
            en
          }
          duties {
            zh
            en
          }
        }
        kpis {
          zh
          en
        }
        authorities {
          verb
          domain
          subject {
            zh
            en
          }
        }
        qualifications {
          education {
            zh
            en
          }
          experience {
            zh
            en
          }
          knowledge {
            zh
            en
          }
          skills {
            zh
            en
          }
        }
        workEnvironment {
          share
          place {
            zh
            en
          }
        }
        directReports {
          id
          title {
            zh
            en
          }
        }
        assignmentHistory {
          ...AssignmentFields
        }
        scheduledChanges {
          kind
          effectiveOn
          action
          scope
          reportsTo {
            id
            title {
              zh
              en
            }
          }
        }
      }
    }
  }
`);
