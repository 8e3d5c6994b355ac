/**
 * The support console as an app would put it together: find the caller's account by number, then verify the caller,
 * manage the numbers and reset two-step verification for the user picked.
 */
import { useState } from 'react';
import { SupportPhoneNumbers } from '../../src/components/SupportPhoneNumbers/SupportPhoneNumbers.tsx';
import { SupportResetTwoStep } from '../../src/components/SupportResetTwoStep/SupportResetTwoStep.tsx';
import { SupportUserLookup } from '../../src/components/SupportUserLookup/SupportUserLookup.tsx';
import { SupportVerifyCaller } from '../../src/components/SupportVerifyCaller/SupportVerifyCaller.tsx';

export function SupportConsoleDemo({ initialUserId = null }: { initialUserId?: string | null }) {
  const [userId, setUserId] = useState<string | null>(initialUserId);
  return (
    <div style={{ display: 'grid', gap: 24 }}>
      <SupportUserLookup headingLevel={3} selectedUserId={userId} onSelect={(user) => setUserId(user.id)} />
      {userId && (
        <>
          <SupportVerifyCaller headingLevel={3} userId={userId} />
          <SupportPhoneNumbers headingLevel={3} userId={userId} />
          <SupportResetTwoStep headingLevel={3} userId={userId} />
        </>
      )}
    </div>
  );
}
