/** Strings of smsTwoFactorSection. */
export const smsTwoFactorSection = {
};
