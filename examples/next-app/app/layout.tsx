// The root layout: the library's stylesheet once for the whole app, and
// links between the example's pages (plain links: a full page load each,
// which is what the end-to-end test measures).
import 'conductor-error-ui/styles.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './example.css';

export const metadata: Metadata = { title: 'conductor-error-ui in a Next.js app' };

const PAGES = [
  ['/', 'Server Components'],
  ['/client', 'A Client Component page'],
  ['/details', 'The details dialog'],
  ['/about', 'About'],
] as const;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <nav aria-label="Example pages">
          {PAGES.map(([href, label]) => (
            <a key={href} href={href}>
              {label}
            </a>
          ))}
        </nav>
        <main>{children}</main>
      </body>
    </html>
  );
}
