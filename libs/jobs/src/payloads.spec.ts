import { InvalidJobPayloadError, isJobName, parseJobPayload } from './payloads';
import { JOBS, QUEUES } from './queues';

const id = '7b0c2a43-3f55-4c55-9d2e-0f3f6f0a9b11';

describe('job payloads', () => {
  it('accepts a version-1 ingest payload', () => {
    expect(parseJobPayload('ingest', { v: 1, submissionId: id, correlationId: 'req-1' })).toEqual({ v: 1, submissionId: id, correlationId: 'req-1' });
  });

  it('refuses an unknown payload version', () => {
    expect(() => parseJobPayload('ingest', { v: 2, submissionId: id, correlationId: 'x' })).toThrow(InvalidJobPayloadError);
  });

  it('refuses a submission id that is not a uuid, naming the field', () => {
    expect(() => parseJobPayload('ingest', { v: 1, submissionId: '42', correlationId: 'x' })).toThrow(/submissionId/);
  });

  it('knows every job name and puts each on a declared queue', () => {
    const queues = new Set<string>(Object.values(QUEUES));
    for (const job of Object.values(JOBS)) {
      expect(isJobName(job.name)).toBe(true);
      expect(queues.has(job.queue)).toBe(true);
    }
    expect(isJobName('no-such-job')).toBe(false);
  });
});
