export * from './claims-repo';
export * from './schema';
export * from './seeding';
