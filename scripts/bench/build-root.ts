/** Moved to scripts/many/build-root.ts (production code of build:many and build:region); kept so older imports work. */
export * from '../many/build-root.ts';
