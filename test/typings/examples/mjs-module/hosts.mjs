export const web = '192.0.2.1';
/** @type {Duration} */
export const ttl = '1h';
