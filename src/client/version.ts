/** This build's version (package.json), written into backups and shown in settings. */
export const APP_VERSION: string = __APP_VERSION__;
