import type { LocalizedText } from '@kefu/domain/shared';
import { builder } from '../../builder.js';

/** Reference text in both product languages; clients show the one the viewer reads. */
export const LocalizedTextRef = builder.objectRef<LocalizedText>('LocalizedText').implement({
  description: 'Text in zh-CN and English.',
  // A value inside records whose own rules already admitted the viewer.
  authScopes: { signedIn: true },
  fields: (t) => ({
    zh: t.exposeString('zh', { description: 'Simplified Chinese (zh-CN), the product’s first language.' }),
    en: t.exposeString('en', { description: 'English.' }),
  }),
});
