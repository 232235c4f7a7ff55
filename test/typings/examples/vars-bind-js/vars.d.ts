/** Set with `dnscode preview -v env=prod`; defaults come from CLI_DEFAULTS in dnsconfig.js. */
declare var env: string;
