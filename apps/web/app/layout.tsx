import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: '政府信息公开工作年度报告', template: '%s · 政府信息公开工作年度报告' },
  description: '政府信息公开工作年度报告的收集、核查与比较',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <header className="site">
          <Link href="/" className="brand">
            政府信息公开工作年度报告
          </Link>
          <nav aria-label="主导航">
            <Link href="/">报告列表</Link>
            <Link href="/overview">问题概览</Link>
            <Link href="/compare">报告对比</Link>
            <Link href="/submit">提交报告</Link>
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
