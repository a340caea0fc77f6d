import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccountSlot } from "@/app/_components/account-slot";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Brickyard — smart-contract templates", template: "%s · Brickyard" },
  description:
    "Pick a smart-contract template, check whether it is audited, fill in a form, and deploy it linked to your own contract.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="flex items-center gap-2 text-lg font-bold text-stone-900">
              <span
                aria-hidden
                className="inline-block h-6 w-6 rounded-sm bg-brand-500 shadow-[inset_0_-6px_0_rgba(0,0,0,0.2)]"
              />
              Brickyard
            </Link>
            <nav aria-label="Main" className="flex gap-4 text-sm text-stone-700">
              <Link href="/" className="hover:text-brand-600">
                Catalog
              </Link>
            </nav>
            <div className="ml-auto">
              <AccountSlot />
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
        <footer className="border-t border-stone-200 bg-white py-4 text-center text-xs text-stone-500">
          Brickyard — smart-contract templates for Substrate chains. A template is called audited only when an auditor’s
          signed attestation verifies.
        </footer>
      </body>
    </html>
  );
}
