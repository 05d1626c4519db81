/** The template choices (built-ins + the user's), live across pages. */
import { t, uiLanguage } from '../../lib/platform/i18n';
import { useDb } from '../common/use-db';
import { useLiveQuery } from '../common/use-live-query';
import { listTemplateChoices, readUserTemplates, type TemplateChoice, type UserTemplate } from './user-templates';

/** Built-ins first, then user templates; `user` is undefined while loading. */
export function useUserTemplates(): { choices: TemplateChoice[]; user: UserTemplate[] | undefined } {
  const db = useDb();
  const user = useLiveQuery(() => readUserTemplates(db), [db]);
  return { choices: listTemplateChoices(user ?? [], uiLanguage(), t('templateStudyAcross')), user };
}
