/** Strings of backupCodes. */
export const backupCodes = {
};
