import { graphql } from '../../../../gql';

export const UpdatePositionMutation = graphql(`
  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!, $expectedVersion: Int) {
    updatePosition(id: $id, input: $input, expectedVersion: $expectedVersion) {
      version
      id
      headcount
      vacancies
      title {
        zh
        en
      }
      purpose {
        zh
        en
      }
    }
  }
`);
