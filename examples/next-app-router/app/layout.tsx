import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import 'phone-number-kit/styles.css';
import './globals.css';

export const metadata: Metadata = { title: 'Account settings · phone-number-kit on Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
