import { describeSubmitError } from './submit-errors';

describe('describeSubmitError', () => {
  it('explains each kind of rejection in Chinese and keeps the API message', () => {
    expect(describeSubmitError({ status: 422, message: 'no table 三 found' })).toBe(
      '文件未能识别为政府信息公开工作年度报告（no table 三 found）。请确认文件包含规定的六个部分和表二、表三、表四。',
    );
    expect(describeSubmitError({ status: 413, message: '' })).toMatch(/^文件太大/);
    expect(describeSubmitError({ status: 415, message: 'image/png' })).toContain('不支持的文件格式（image/png）');
    expect(describeSubmitError({ status: 503, message: '' })).toMatch(/^服务暂时不可用/);
    expect(describeSubmitError({ status: 418, message: 'teapot' })).toBe('提交失败（teapot）。');
  });
});
