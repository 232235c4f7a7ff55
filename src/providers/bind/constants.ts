// The provider's TYPE, shared by the provider type's data (index.ts) and its code, which
// index.ts loads only when the provider is used.
export const NAME = 'BIND';
