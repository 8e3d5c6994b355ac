/** Strings of addPhoneNumber. */
export const addPhoneNumber = {
};
