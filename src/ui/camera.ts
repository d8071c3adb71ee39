/** Why the camera could not be used: refused, absent, on a page the browser will not give it to, or else. */
export type CameraProblem = 'denied' | 'absent' | 'insecure' | 'failed';

/** What a failed getUserMedia says, as one of the problems the teacher is told about. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError')
    return 'denied';
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError' || name === 'OverconstrainedError')
    return 'absent';
  return 'failed';
}

/** The computer's camera, the one facing away preferred (a tablet's back camera); never throws. */
export async function openCamera(): Promise<MediaStream | CameraProblem> {
  // Browsers give the camera only to https pages and to this computer's own address.
  if (!window.isSecureContext) return 'insecure';
  if (!navigator.mediaDevices?.getUserMedia) return 'absent';
  try {
    return await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
    });
  } catch (error) {
    return cameraProblem(error);
  }
}

/** Turns the camera off (its light too). */
export function stopCamera(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
