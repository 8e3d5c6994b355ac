/** Strings of defaultSecondFactor. */
export const defaultSecondFactor = {
};
