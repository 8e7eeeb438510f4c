export * from './identifiers';
export * from './policy';
export * from './spaces';
