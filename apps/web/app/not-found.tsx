import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>页面不存在</h1>
      <p>没有找到要查看的报告、提交记录或机关，可能编号有误或已被删除。</p>
      <p>
        <Link href="/">返回报告列表</Link>
      </p>
    </>
  );
}
