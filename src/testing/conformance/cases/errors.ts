/**
 * How adapters fail: every rejection is a `PhoneKitError` (the other cases check that for each refusal they
 * provoke), with the server's code and status, or one of the kit's `KitErrorCode`s when no answer came.
 */
import type { PhoneNumberAdapter } from '../../../adapters/types.ts';
import { KitErrorCode } from '../../../model/errors.ts';
import { MemoryBackendErrorCode as Code } from '../../memory-backend/errors.ts';
import { check, checkEqual, refusalOf, show } from '../check.ts';
import type { ConformanceCase } from '../conformanceCase.ts';
import { addNumber, list } from '../steps.ts';

/** An id no backend has. */
const UNKNOWN_ID = 'idn_conformance_unknown';

/** Every adapter method, by name, called with `options` on the number `id` (adding `e164` for create). */
function everyCall(adapter: PhoneNumberAdapter, id: string, e164: string, options: { signal: AbortSignal }) {
  return {
    'listPhoneNumbers()': () => adapter.listPhoneNumbers(options),
    [`createPhoneNumber(${show(e164)})`]: () => adapter.createPhoneNumber(e164, options),
    [`prepareVerification(${show(id)})`]: () => adapter.prepareVerification(id, options),
    [`attemptVerification(${show(id)}, '000000')`]: () => adapter.attemptVerification(id, '000000', options),
    [`updatePhoneNumber(${show(id)}, { reservedForSecondFactor: true })`]: () => adapter.updatePhoneNumber(id, { reservedForSecondFactor: true }, options),
    [`deletePhoneNumber(${show(id)})`]: () => adapter.deletePhoneNumber(id, options),
    'createBackupCodes()': () => adapter.createBackupCodes(options),
    "startReverification('first_factor')": () => adapter.startReverification('first_factor', options),
    "prepareReverification('first', <a phone_code factor>)": () =>
      adapter.prepareReverification('first', { strategy: 'phone_code', phoneNumberId: id, safeIdentifier: '' }, options),
    "attemptReverification({ stage: 'first', strategy: 'phone_code', code: '000000' })": () =>
      adapter.attemptReverification({ stage: 'first', strategy: 'phone_code', code: '000000' }, options),
  };
}

export const errorCases: ConformanceCase[] = [
  {
    id: 'errors.typed',
    title: "a refusal is a PhoneKitError with the server's code and status: resource_not_found and 404 for an unknown id",
    async run({ adapter }) {
      const calls = {
        prepareVerification: () => adapter.prepareVerification(UNKNOWN_ID),
        attemptVerification: () => adapter.attemptVerification(UNKNOWN_ID, '000000'),
        updatePhoneNumber: () => adapter.updatePhoneNumber(UNKNOWN_ID, { reservedForSecondFactor: true }),
        deletePhoneNumber: () => adapter.deletePhoneNumber(UNKNOWN_ID),
      };
      for (const [name, call] of Object.entries(calls)) {
        const error = await refusalOf(call(), `${name}(${show(UNKNOWN_ID)})`, Code.notFound);
        checkEqual(error.status, 404, `${name}(${show(UNKNOWN_ID)}): status`);
        check(typeof error.message === 'string' && error.message !== '', `${name}(${show(UNKNOWN_ID)}): the error needs a message`);
      }
    },
  },
  {
    id: 'errors.network',
    title: `a request that never reaches the server rejects with ${KitErrorCode.network} and status null`,
    needs: ['dropConnection'],
    async run(context) {
      const restore = await context.driver.dropConnection!();
      try {
        const error = await refusalOf(context.adapter.listPhoneNumbers(), 'listPhoneNumbers() over a dropped connection', KitErrorCode.network);
        checkEqual(error.status, null, 'the network error: status');
      } finally {
        await restore();
      }
      await list(context);
    },
  },
  {
    id: 'abort',
    title: `every method given an aborted signal rejects with ${KitErrorCode.aborted} and changes nothing`,
    async run(context) {
      const [a, b] = context.numbers;
      const phone = await addNumber(context, a);
      const controller = new AbortController();
      controller.abort();
      for (const [name, call] of Object.entries(everyCall(context.adapter, phone.id, b, { signal: controller.signal }))) {
        await refusalOf(call(), `${name} with an aborted signal`, KitErrorCode.aborted);
      }
      const phones = await list(context);
      check(
        phones.length === 1 && phones[0]!.id === phone.id && !phones[0]!.reservedForSecondFactor,
        `aborted calls must not reach the backend: expected only ${phone.phoneNumber}, unchanged, got ${show(phones)}`,
      );
      checkEqual(await context.driver.lastCode(phone), undefined, 'the code sent by an aborted prepareVerification');
    },
  },
];
