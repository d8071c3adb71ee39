import { describe, expect, it } from 'vitest';
import { cameraProblem } from '../../../src/ui/camera.ts';

describe('why the camera could not be used', () => {
  it('is a refusal when the teacher or the page’s settings said no', () => {
    expect(cameraProblem(new DOMException('Permission denied', 'NotAllowedError'))).toBe('denied');
    expect(cameraProblem(new DOMException('Not in this frame', 'SecurityError'))).toBe('denied');
  });

  it('is an absent camera when the computer has none', () => {
    expect(cameraProblem(new DOMException('Requested device not found', 'NotFoundError'))).toBe('absent');
  });

  it('is a failure for anything else: a camera in use elsewhere, or not even an error', () => {
    expect(cameraProblem(new DOMException('Could not start video source', 'NotReadableError'))).toBe(
      'failed',
    );
    expect(cameraProblem('nothing')).toBe('failed');
  });
});
