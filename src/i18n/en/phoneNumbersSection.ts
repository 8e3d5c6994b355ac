/** Strings of phoneNumbersSection. */
export const phoneNumbersSection = {
};
