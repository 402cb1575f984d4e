import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, requestWithFile } from '../../api/graphql-client';
import { UploadRequestPhotoMutation } from '../graphql/mutations/upload-request-photo';
import { PHOTO_LIMITS, photoProblem } from '../utils/photo-rules';

export type PhotoUpload = { key: string; name: string; preview: string; state: 'uploading' | 'done' | 'failed'; id?: string; error?: string };
export type PhotoMessage = { key: 'photoType' | 'photoSize' | 'photoCount' | 'server'; name?: string; text?: string };

let counter = 0;

/**
 * Photos picked for a new request, each uploaded as soon as it is chosen so the submit itself
 * stays small; a refused photo says why next to the picker.
 */
export function usePhotoUploads() {
  const [photos, setPhotos] = useState<PhotoUpload[]>([]);
  const [messages, setMessages] = useState<PhotoMessage[]>([]);
  const previews = useRef<string[]>([]);

  useEffect(() => () => previews.current.forEach((url) => URL.revokeObjectURL(url)), []);

  const update = (key: string, patch: Partial<PhotoUpload>) => setPhotos((all) => all.map((p) => (p.key === key ? { ...p, ...patch } : p)));

  const add = (files: File[]) => {
    const found: PhotoMessage[] = [];
    const room = PHOTO_LIMITS.perRequest - photos.length;
    if (files.length > room) found.push({ key: 'photoCount' });
    const accepted: PhotoUpload[] = [];
    for (const file of files.slice(0, Math.max(room, 0))) {
      const problem = photoProblem(file);
      if (problem) {
        found.push({ key: problem, name: file.name });
        continue;
      }
      const preview = URL.createObjectURL(file);
      previews.current.push(preview);
      const photo: PhotoUpload = { key: `p${++counter}`, name: file.name, preview, state: 'uploading' };
      accepted.push(photo);
      requestWithFile(UploadRequestPhotoMutation, { file: null as unknown as File }, 'file', file)
        .then(({ uploadRequestPhoto }) => update(photo.key, { state: 'done', id: uploadRequestPhoto.id }))
        .catch((e: unknown) =>
          update(photo.key, { state: 'failed', error: e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : String(e) }),
        );
    }
    setMessages(found);
    setPhotos((all) => [...all, ...accepted]);
  };

  const remove = (key: string) => setPhotos((all) => all.filter((p) => p.key !== key));
  const clear = () => {
    setPhotos([]);
    setMessages([]);
  };

  return {
    photos,
    messages,
    add,
    remove,
    clear,
    uploading: photos.some((p) => p.state === 'uploading'),
    ids: photos.flatMap((p) => (p.state === 'done' && p.id ? [p.id] : [])),
  };
}
