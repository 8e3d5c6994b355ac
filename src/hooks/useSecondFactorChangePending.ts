'use client';
import { useIsMutating } from '@tanstack/react-query';
import { usePhoneNumberKit } from './context.ts';
import { phoneNumberKeys } from '../core/queryKeys.ts';

/**
 * Whether any component on the page has a two-step reservation change in flight. While one is, the optimistic list
 * may say "off" before the server has agreed; the two-step section keeps its "on" view (and the control that made
 * the change, with its failure message) until the answer is in.
 */
export function useSecondFactorChangePending(): boolean {
  const { queryClient, scope } = usePhoneNumberKit();
  return useIsMutating({ mutationKey: phoneNumberKeys.operation(scope, 'reserveForSecondFactor') }, queryClient) > 0;
}
