/**
 * Astro's content collections, made from the one table in src/content-model/collections.ts: the same
 * schemas and the same file reader as the checker. YAML is read by our reader (so ids and positions
 * match the checker's); Markdown goes through Astro's glob loader so it can be rendered.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { resolve } from 'node:path';
import { collections as contentModel, contentDirFromEnv, type CollectionDefinition } from './content-model/collections.ts';
import { markdownLoader } from './content-model/markdown-loader.ts';
import { yamlLoader } from './content-model/yaml-loader.ts';

const contentDir = resolve(contentDirFromEnv());

function loaderFor(name: string, definition: CollectionDefinition): Loader {
  return definition.storage.kind === 'markdown' ? markdownLoader(definition, contentDir) : yamlLoader(name, definition, contentDir);
}

/** One collection: the loader for its storage and the schema from the content model. */
const collection = <S extends z.ZodType>(name: keyof typeof contentModel, schema: S) =>
  defineCollection({ loader: loaderFor(name, contentModel[name]), schema });

export const collections = {
  school: collection('school', contentModel.school.schema()),
  announcements: collection('announcements', contentModel.announcements.schema()),
  contacts: collection('contacts', contentModel.contacts.schema()),
  staff: collection('staff', contentModel.staff.schema()),
  platforms: collection('platforms', contentModel.platforms.schema()),
  requirements: collection('requirements', contentModel.requirements.schema()),
  bells: collection('bells', contentModel.bells.schema()),
  classes: collection('classes', contentModel.classes.schema()),
  changes: collection('changes', contentModel.changes.schema()),
  meetings: collection('meetings', contentModel.meetings.schema()),
  communication: collection('communication', contentModel.communication.schema()),
  guides: collection('guides', contentModel.guides.schema()),
  faq: collection('faq', contentModel.faq.schema()),
  documents: collection('documents', contentModel.documents.schema()),
  roadmap: collection('roadmap', contentModel.roadmap.schema()),
  coordinators: collection('coordinators', contentModel.coordinators.schema()),
  pages: collection('pages', contentModel.pages.schema()),
};
