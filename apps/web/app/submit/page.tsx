import type { Metadata } from 'next';
import { SubmitForm } from './submit-form';

export const metadata: Metadata = { title: '提交报告' };

export default function SubmitPage() {
  return (
    <>
      <h1>提交年度报告</h1>
      <p id="submit-help">
        上传本机关的政府信息公开工作年度报告。支持 TXT、Markdown、HTML、Word（.docx）、Excel（.xlsx）和 PDF，文本编码自动识别（UTF-8、GBK/GB18030）。
        提交后系统自动解析表二、表三、表四并按勾稽关系核查，页面会显示处理进度。
      </p>
      <p>
        也可以下载 <a href="/template">Excel 填报模板</a>，按模板填写后上传，识别最准确。
      </p>
      <SubmitForm />
    </>
  );
}
