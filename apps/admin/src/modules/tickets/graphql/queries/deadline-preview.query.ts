import { graphql } from '../../../../gql';

export const DEADLINE_PREVIEW_QUERY = graphql(`
  query DeadlinePreview($severity: Severity!, $requestedBy: DateTime) {
    deadlinePreview(severity: $severity, requestedBy: $requestedBy) {
      handoverBy
      replyBy
      resolveBy
    }
  }
`);
