// Binds a sealed automation seed to its instance (see secrets/seal.ts).
export const seedAad = (instanceId: string) => `automation-seed:${instanceId}`;
