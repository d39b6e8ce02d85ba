/** Demo data for the local CloudBase: Baotou's organizations, one demo account per role, seeded once. */
export { DEMO_ORGANIZATIONS, EMPLOYER_IDS, type OrgSeed } from './demo-organizations';
export { DEMO_USERS, DEMO_ADMIN_OPENIDS, DEMO_INVITATIONS, DEMO_PROFILES } from './demo-users';
export { seedDemo, invitationCodeHash, type SeedCounts, type SeedDatabase } from './seed-demo';
export { seedOnce, seededAt, gatewayDatabase, SEED_MARKER } from './seed-once';
export { syntheticOrganizations, seedSyntheticOrganizations } from './synthetic';
export { makeUscc } from './uscc';
export { demoGroups, DEMO_GROUP_CHATS } from './demo-groups';
