/** The demo user's primary number, shared by the server page and the client provider file. */
export const PRIMARY_ID = 'idn_primary';
