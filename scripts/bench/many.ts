/** Moved to scripts/many/many.ts (production code of build:many and build:region); kept so older imports work. */
export * from '../many/many.ts';
