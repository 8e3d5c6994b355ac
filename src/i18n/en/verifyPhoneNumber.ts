/** Strings of verifyPhoneNumber. */
export const verifyPhoneNumber = {
};
