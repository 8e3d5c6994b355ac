/**
 * The support hooks over the adapter and a stand-in handler: a lookup seeds each user it finds (opening one costs no
 * request), and every change is exactly one request whose answer replaces the cached user and lookup, with no refetch.
 */
import { afterEach, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { createSupportAdapter } from '../../../src/adapters/support/createSupportAdapter.ts';
import { supportKeys } from '../../../src/core/supportKeys.ts';
import {
  SupportKitProvider,
  useAddSupportPhoneNumber,
  useRemoveSupportPhoneNumber,
  useResetTwoStep,
  useSupportUser,
  useSupportUserLookup,
  useUpdateSupportPhoneNumber,
  useVerifyCaller,
} from '../../../src/hooks/support/index.ts';
import type { AdminUser } from '../../../src/model/admin.ts';
import { adminPhoneNumber, adminUser, createFakeSupportServer } from '../../support/fakeSupportServer.ts';

const clients: QueryClient[] = [];
afterEach(() => clients.splice(0).forEach((client) => client.clear()));

function setup() {
  const mobile = adminPhoneNumber({ id: 'idn_mobile', phoneNumber: '+12015550123', verificationStatus: null });
  const server = createFakeSupportServer({ users: [adminUser({ phoneNumbers: [mobile] })] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  clients.push(queryClient);
  const adapter = createSupportAdapter({ fetch: server.fetch });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SupportKitProvider adapter={adapter} queryClient={queryClient}>
      {children}
    </SupportKitProvider>
  );
  return { server, queryClient, wrapper };
}

const cachedUser = (queryClient: QueryClient) => queryClient.getQueryData<AdminUser>(supportKeys.user('default', 'user_ada'));
const cachedLookup = (queryClient: QueryClient) => queryClient.getQueryData<AdminUser[]>(supportKeys.lookup('default', '+12015550123'));

it('a lookup is one request and seeds the user it found; opening that user costs nothing', async () => {
  const { server, wrapper } = setup();
  const lookup = renderHook(() => useSupportUserLookup('+12015550123'), { wrapper });
  await waitFor(() => expect(lookup.result.current.isLoaded).toBe(true));
  expect(lookup.result.current.users.map((user) => user.id)).toEqual(['user_ada']);
  const user = renderHook(() => useSupportUser('user_ada'), { wrapper });
  expect(user.result.current.user?.firstName).toBe('Ada');
  expect(server.takeRequests()).toEqual(['GET /users?phoneNumber=%2B12015550123']);
});

it('nothing is asked before there is a number, and a number nobody holds answers an empty list', async () => {
  const { server, wrapper } = setup();
  const { result, rerender } = renderHook(({ number }: { number: string | null }) => useSupportUserLookup(number), {
    wrapper,
    initialProps: { number: null as string | null },
  });
  expect(result.current).toMatchObject({ isLoaded: false, isLoading: false, users: [] });
  expect(server.takeRequests()).toEqual([]);
  rerender({ number: '+4915112345678' });
  await waitFor(() => expect(result.current.isLoaded).toBe(true));
  expect(result.current.users).toEqual([]);
  expect(server.takeRequests()).toEqual(['GET /users?phoneNumber=%2B4915112345678']);
});

it('each change is one request; its answer is written into the user and the lookup, with no refetch', async () => {
  const { server, queryClient, wrapper } = setup();
  const hooks = renderHook(
    () => ({
      lookup: useSupportUserLookup('+12015550123'),
      user: useSupportUser('user_ada'),
      add: useAddSupportPhoneNumber(),
      update: useUpdateSupportPhoneNumber(),
      remove: useRemoveSupportPhoneNumber(),
      reset: useResetTwoStep(),
    }),
    { wrapper },
  );
  await waitFor(() => expect(hooks.result.current.lookup.isLoaded).toBe(true));
  server.takeRequests();

  await act(() => hooks.result.current.update.run({ phoneNumberId: 'idn_mobile', verified: true }));
  expect(server.takeRequests()).toEqual(['PATCH /phone_numbers/idn_mobile']);
  expect(cachedUser(queryClient)?.phoneNumbers[0]?.verificationStatus).toBe('verified');
  expect(cachedLookup(queryClient)?.[0]?.phoneNumbers[0]?.verificationStatus).toBe('verified');

  await act(() => hooks.result.current.update.run({ phoneNumberId: 'idn_mobile', reservedForSecondFactor: true }));
  expect(server.takeRequests()).toEqual(['PATCH /phone_numbers/idn_mobile']);
  expect(cachedUser(queryClient)?.twoFactorEnabled).toBe(true);

  await act(() => hooks.result.current.add.run({ userId: 'user_ada', phoneNumber: '+12015550999', primary: true }));
  expect(server.takeRequests()).toEqual(['POST /users/user_ada/phone_numbers']);
  const added = cachedUser(queryClient)!.phoneNumbers.find((p) => p.phoneNumber === '+12015550999')!;
  expect(cachedUser(queryClient)?.primaryPhoneNumberId).toBe(added.id);

  await act(() => hooks.result.current.reset.run('user_ada'));
  expect(server.takeRequests()).toEqual(['DELETE /users/user_ada/mfa']);
  expect(cachedUser(queryClient)?.twoFactorEnabled).toBe(false);

  await act(() => hooks.result.current.remove.run(added.id));
  expect(server.takeRequests()).toEqual([`DELETE /phone_numbers/${added.id}`]);
  await waitFor(() => expect(hooks.result.current.user.user?.phoneNumbers.map((p) => p.id)).toEqual(['idn_mobile']));
  // No refetch after any of them.
  expect(server.takeRequests()).toEqual([]);
});

it('verify caller: send and each check are one request; the number in the cache follows the answers', async () => {
  const { server, queryClient, wrapper } = setup();
  const hooks = renderHook(() => ({ user: useSupportUser('user_ada'), verify: useVerifyCaller() }), { wrapper });
  await waitFor(() => expect(hooks.result.current.user.user).not.toBeNull());
  server.takeRequests();

  const sent = await act(() => hooks.result.current.verify.send.run('idn_mobile'));
  expect(server.takeRequests()).toEqual(['POST /phone_numbers/idn_mobile/send_code']);
  // The caller check is a verification of its own: the number's status is untouched until a right code.
  expect(cachedUser(queryClient)?.phoneNumbers[0]?.verificationStatus).toBeNull();

  const { verificationId } = sent;
  let result = await act(() => hooks.result.current.verify.check.run({ phoneNumberId: 'idn_mobile', verificationId, code: '000000' }));
  expect(result).toMatchObject({ verified: false, status: 'unverified', attemptsLeft: 2 });
  expect(cachedUser(queryClient)?.phoneNumbers[0]?.verificationStatus).toBeNull();

  result = await act(() => hooks.result.current.verify.check.run({ phoneNumberId: 'idn_mobile', verificationId, code: '424242' }));
  expect(result.verified).toBe(true);
  expect(server.takeRequests()).toEqual(['POST /phone_numbers/idn_mobile/check_code', 'POST /phone_numbers/idn_mobile/check_code']);
  expect(cachedUser(queryClient)?.phoneNumbers[0]?.verificationStatus).toBe('verified');
});

it('a refused change rejects with a PhoneKitError and leaves the cached user as it was', async () => {
  const { server, queryClient, wrapper } = setup();
  const hooks = renderHook(() => ({ user: useSupportUser('user_ada'), remove: useRemoveSupportPhoneNumber() }), { wrapper });
  await waitFor(() => expect(hooks.result.current.user.user).not.toBeNull());
  const before = cachedUser(queryClient);
  server.answerNextWith(new Response(JSON.stringify({ error: { code: 'forbidden', message: 'Not allowed.' } }), { status: 403 }));
  await act(() => expect(hooks.result.current.remove.run('idn_mobile')).rejects.toMatchObject({ code: 'forbidden', status: 403 }));
  expect(cachedUser(queryClient)).toBe(before);
  await waitFor(() => expect(hooks.result.current.remove.error?.code).toBe('forbidden'));
});
