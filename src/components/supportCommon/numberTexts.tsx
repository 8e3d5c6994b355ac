'use client';
/** The number field's hint and messages, with the catalog's example number shown as the kit shows numbers (isolated left-to-right). */
import type { ReactNode } from 'react';
import { formatMessageNodes } from '../../i18n/formatNodes.tsx';
import type { Messages } from '../../i18n/types.ts';
import { PhoneNumberText } from '../common/PhoneNumberText.tsx';
import type { TypedNumberProblem } from './typedNumber.ts';

export function numberHint(t: Messages['supportConsole']): ReactNode {
  return formatMessageNodes(t.phoneHint, { example: <PhoneNumberText e164={t.phoneExample} /> });
}

export function numberProblemText(problem: TypedNumberProblem | null, t: Messages['supportConsole']): ReactNode {
  if (!problem) return null;
  return problem === 'empty' ? t.phoneEmpty : formatMessageNodes(t.phoneInvalid, { example: <PhoneNumberText e164={t.phoneExample} /> });
}
