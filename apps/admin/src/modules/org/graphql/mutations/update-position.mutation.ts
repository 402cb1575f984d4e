import { graphql } from '../../../../gql';

export const UpdatePositionMutation = graphql(`
  mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) {
    updatePosition(id: $id, input: $input) {
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
