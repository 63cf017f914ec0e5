import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Continuity", template: "%s · Continuity" },
  description: "Business continuity planning with evidence that the IT can be recovered.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
