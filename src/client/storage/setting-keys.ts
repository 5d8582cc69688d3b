/** When the last backup was exported or imported (ISO time); kept on this laptop only. */
export const LAST_BACKUP_KEY = 'lastBackupAt';
