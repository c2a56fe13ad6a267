/**
 * A school's content (the sample's by default), read with the project's own checker, so tests derive
 * what they expect from the content instead of hard-coding it.
 */
import { checkContent } from '../../src/checker/check-content.ts';

export function sampleContent(contentDir = 'content') {
  const { model, problems } = checkContent(contentDir);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new Error(`sample content has errors: ${errors.map((e) => e.message).join('; ')}`);
  const withId = <T>(entries: { id: string; data: T }[]) => entries.map((entry) => ({ ...entry.data, id: entry.id }));
  return {
    school: model.school[0]!.data,
    contacts: withId(model.contacts),
    staff: withId(model.staff),
    classes: withId(model.classes),
    changes: withId(model.changes),
    guides: withId(model.guides),
    faq: withId(model.faq),
    meetings: withId(model.meetings),
    documents: withId(model.documents),
    platforms: withId(model.platforms),
    pages: withId(model.pages),
    coordinators: withId(model.coordinators),
    communication: withId(model.communication),
    roadmap: withId(model.roadmap),
    bells: model.bells[0]?.data,
    hasRequirements: model.requirements.length > 0,
    requirements: model.requirements[0]?.data,
  };
}
