import { graphql } from '../../../../gql';

export const UploadRequestPhotoMutation = graphql(`
  mutation UploadRequestPhoto($file: File!) {
    uploadRequestPhoto(file: $file) {
      id
      url
    }
  }
`);
