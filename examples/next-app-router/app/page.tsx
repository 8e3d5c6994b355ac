/**
 * The settings page is a Server Component: it imports the kit's sections directly (they are client components)
 * and renders them inside the app's client provider file.
 */
import { PhoneNumbersSection, SmsTwoFactorSection } from 'phone-number-kit';
import { PRIMARY_ID } from './demo';
import { Providers } from './providers';

export default function SettingsPage() {
  return (
    <Providers>
      <main className="demo__page">
        <h1>Account settings</h1>
        <PhoneNumbersSection primaryPhoneNumberId={PRIMARY_ID} defaultCountry="US" />
        <SmsTwoFactorSection defaultCountry="US" applicationName="Acme" accountIdentifier="ada@example.com" />
      </main>
    </Providers>
  );
}
