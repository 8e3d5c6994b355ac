/** Listing, adding and removing numbers. */
import { MemoryBackendErrorCode as Code } from '../../memory-backend/errors.ts';
import { check, checkEqual, refusalOf, show } from '../check.ts';
import type { ConformanceCase } from '../conformanceCase.ts';
import { addNumber, list, listed } from '../steps.ts';

export const phoneNumberCases: ConformanceCase[] = [
  {
    id: 'list',
    title: 'listPhoneNumbers resolves with every number the user has',
    async run(context) {
      const before = await list(context);
      check(before.length === 0, `setup() must give a user with no phone numbers; listPhoneNumbers() gave ${show(before.map((p) => p.phoneNumber))}`);
      const [a, b] = context.numbers;
      const added = [await addNumber(context, a), await addNumber(context, b)];
      const after = await list(context);
      checkEqual(after.length, 2, 'listPhoneNumbers() after adding two numbers: length');
      for (const phone of added) {
        const found = after.find((p) => p.id === phone.id);
        check(found?.phoneNumber === phone.phoneNumber, `listPhoneNumbers() should list ${phone.phoneNumber} as ${show(phone.id)}, got ${show(after)}`);
      }
    },
  },
  {
    id: 'create',
    title: 'createPhoneNumber adds an unverified number that is no second factor',
    async run(context) {
      const phone = await addNumber(context, context.numbers[0]);
      check(phone.verification?.status !== 'verified', `a new number must not be verified, got ${show(phone.verification)}`);
      checkEqual(phone.reservedForSecondFactor, false, 'a new number: reservedForSecondFactor');
      checkEqual(phone.defaultSecondFactor, false, 'a new number: defaultSecondFactor');
      checkEqual((await listed(context, phone.id)).phoneNumber, phone.phoneNumber, 'the listed new number: phoneNumber');
    },
  },
  {
    id: 'create.invalid',
    title: 'createPhoneNumber refuses an invalid number with form_param_format_invalid on phone_number',
    async run(context) {
      const error = await refusalOf(context.adapter.createPhoneNumber('not a phone number'), "createPhoneNumber('not a phone number')", Code.paramFormatInvalid);
      checkEqual(error.field, 'phone_number', 'the refusal: field');
      checkEqual((await list(context)).length, 0, 'numbers listed after the refusal');
    },
  },
  {
    id: 'create.duplicate',
    title: 'createPhoneNumber refuses a number the user already has with form_identifier_exists',
    async run(context) {
      const e164 = context.numbers[0];
      await addNumber(context, e164);
      await refusalOf(context.adapter.createPhoneNumber(e164), `createPhoneNumber(${show(e164)}) a second time`, Code.identifierExists);
      checkEqual((await list(context)).length, 1, 'numbers listed after the refusal');
    },
  },
  {
    id: 'remove',
    title: 'deletePhoneNumber removes the number',
    async run(context) {
      const [a, b] = context.numbers;
      const gone = await addNumber(context, a);
      const kept = await addNumber(context, b);
      const result = await context.adapter.deletePhoneNumber(gone.id);
      checkEqual(result, undefined, `deletePhoneNumber(${show(gone.id)}) resolves with`);
      const ids = (await list(context)).map((p) => p.id);
      check(!ids.includes(gone.id) && ids.includes(kept.id), `after deleting ${show(gone.id)}, listPhoneNumbers() should list only ${show(kept.id)}, got ${show(ids)}`);
    },
  },
];
