/** A story file's problems in the reader's language, as story-issue.ts words them. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeStoryIssue, type StoryIssue } from './story/story-issue';

export function useIssueWords(): (issue: StoryIssue) => string {
  const { t } = useTranslation('stories');
  return useCallback(
    // The keys are built from the issue (issue.field.title…): i18next's typed keys cannot follow.
    (issue: StoryIssue) =>
      describeStoryIssue(issue, (key, options) => String(t(key as never, options as never))),
    [t],
  );
}
