/**
 * The one lazily loaded module of the steps the sections open: the add form, the SMS code step and the code field the
 * step-up dialog and the authenticator app's enrollment take from it. One module, so that an app's esbuild, which cuts
 * the code a page loads up front into one chunk per set of lazy chunks sharing it, makes one such chunk rather than a
 * chunk per combination of steps (the list view's first load: about 1.4 KB gzip less), and webpack keeps one copy of
 * what the steps share. The add form's phone library (libphonenumber-js, its metadata, react-phone-number-input) is not
 * in it: that loads on its own with the add form (`loadPhoneLibrary`), so a code step never loads the phone metadata.
 */
export { AddPhoneNumber } from '../AddPhoneNumber/AddPhoneNumber.tsx';
export { loadPhoneLibrary } from '../AddPhoneNumber/loadPhoneLibrary.ts';
export { VerifyPhoneNumber } from '../VerifyPhoneNumber/VerifyPhoneNumber.tsx';
export { CodeField } from '../VerifyPhoneNumber/CodeField.tsx';
